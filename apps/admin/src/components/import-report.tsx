import type { ImportReport } from "@gp/ingest";
import Link from "next/link";
import { fieldLabels, plural } from "@/lib/labels";
import { ReportCounts, ReportErrors, ReportList } from "./report-parts";

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
      <ReportList summary={plural(report.warnings.length, "warning")} items={report.warnings}>
        {(w) => `line ${w.line}, ${w.field}: ${w.message}`}
      </ReportList>
      <ReportList summary={`${plural(report.updated, "practice")} updated`} items={report.updates}>
        {(u) => (
          <>
            <PracticeName practice={u.practice} />: {u.fields.map((f) => fieldLabels[f] ?? f).join(", ")}
          </>
        )}
      </ReportList>
      <ReportList summary={plural(report.candidates, "duplicate candidate")} items={report.candidatePairs} open>
        {(c) => (
          <>
            <PracticeName practice={c.a} /> ↔ <PracticeName practice={c.b} /> ({Math.round(c.score * 100)}%)
          </>
        )}
      </ReportList>
      <ReportList
        summary={`${plural(report.conflicts, "conflict")} with curated fields (editors win)`}
        items={report.conflictList}
        open
      >
        {(c) => (
          <>
            <PracticeName practice={c.practice} />, {fieldLabels[c.field] ?? c.field}: kept “{String(c.current)}”, the
            file has “{String(c.imported)}”
          </>
        )}
      </ReportList>
      {report.newTopics.length || report.newInstitutions ? (
        <p className="gp-muted">
          {report.newInstitutions ? `${plural(report.newInstitutions, "new institution")}. ` : ""}
          {report.newTopics.length ? `New topics: ${report.newTopics.join("; ")}.` : ""}
        </p>
      ) : null}
    </div>
  );
}
