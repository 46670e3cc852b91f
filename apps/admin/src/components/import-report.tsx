import type { ImportReport } from "@gp/ingest";
import Link from "next/link";
import { fieldLabels, plural } from "@/lib/labels";
import { ReportCounts, ReportErrors, SHOWN } from "./report-parts";

function PracticeName({ practice }: { practice: { id: number | null; title: string; line?: number } }) {
  const text = `${practice.title}${practice.line ? ` (line ${practice.line})` : ""}`;
  return practice.id !== null ? (
    <Link href={`/practices/${practice.id}`}>{text}</Link>
  ) : (
    <>
      {text} <span className="gp-badge gp-badge--small">new</span>
    </>
  );
}

/** An import report (dry run or applied): the counts, then errors with their lines, then the details. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const figures: Array<[string, number, boolean?]> = [
    ["Records", report.records],
    ["Repeated in the file", report.duplicatesInFile],
    ["Added", report.added],
    ["Updated", report.updated],
    ["Unchanged", report.unchanged],
    ["Duplicate candidates", report.candidates, report.candidates > 0],
    ["Conflicts", report.conflicts, report.conflicts > 0],
    ["Errors", report.errors.length, report.errors.length > 0],
  ];
  return (
    <div className="gp-import-report">
      <ReportCounts figures={figures} />
      <ReportErrors errors={report.errors} />
      {report.warnings.length ? (
        <details className="gp-section">
          <summary>{plural(report.warnings.length, "warning")}</summary>
          <ul>
            {report.warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>
                line {w.line}, {w.field}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.updates.length ? (
        <details className="gp-section">
          <summary>{plural(report.updated, "practice")} updated</summary>
          <ul>
            {report.updates.slice(0, SHOWN).map((u, i) => (
              <li key={i}>
                <PracticeName practice={u.practice} />: {u.fields.map((f) => fieldLabels[f] ?? f).join(", ")}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.candidatePairs.length ? (
        <details className="gp-section" open>
          <summary>{plural(report.candidates, "duplicate candidate")}</summary>
          <ul>
            {report.candidatePairs.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                <PracticeName practice={c.a} /> ↔ <PracticeName practice={c.b} /> ({Math.round(c.score * 100)}%)
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.conflictList.length ? (
        <details className="gp-section" open>
          <summary>{plural(report.conflicts, "conflict")} with curated fields (editors win)</summary>
          <ul>
            {report.conflictList.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                <PracticeName practice={c.practice} />, {fieldLabels[c.field] ?? c.field}: kept “{String(c.current)}”,
                the file has “{String(c.imported)}”
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.newTopics.length || report.newInstitutions ? (
        <p className="gp-muted">
          {report.newInstitutions ? `${plural(report.newInstitutions, "new institution")}. ` : ""}
          {report.newTopics.length ? `New topics: ${report.newTopics.join("; ")}.` : ""}
        </p>
      ) : null}
    </div>
  );
}
