import type { TranslationImportReport } from "@gp/ingest";
import { plural } from "@/lib/labels";
import { translationLanguageNames } from "@/lib/translation-form";

const SHOWN = 100;

/**
 * A translations import's report (the command line's, as a page): the counts, then errors with their
 * lines, then the curated translations the file would have overwritten (editors win: kept).
 */
export function TranslationReportView({ report }: { report: TranslationImportReport }) {
  const figures: Array<[string, number, boolean?]> = [
    ["Records", report.records],
    ["Added", report.added],
    ["Updated", report.updated],
    ["Unchanged", report.unchanged],
    ["Conflicts", report.conflicts, report.conflicts > 0],
    ["Errors", report.errors.length, report.errors.length > 0],
  ];
  return (
    <div className="gp-import-report">
      <ul className="gp-report" aria-label="Counts">
        {figures.map(([label, value, attention]) => (
          <li key={label} className="gp-stat" data-attention={attention ? "" : undefined}>
            <span className="gp-stat__value">{value}</span>
            <span className="gp-stat__label">{label}</span>
          </li>
        ))}
      </ul>
      {report.errors.length ? (
        <section aria-labelledby="errors-title" className="gp-alert" data-tone="error">
          <h3 id="errors-title">
            {plural(report.errors.length, "error")}: nothing can be imported until the file is fixed
          </h3>
          <ul>
            {report.errors.slice(0, SHOWN).map((e, i) => (
              <li key={i}>
                line {e.line}, {e.field}: {e.message}
              </li>
            ))}
          </ul>
          {report.errors.length > SHOWN ? <p>…and {report.errors.length - SHOWN} more.</p> : null}
        </section>
      ) : null}
      {report.conflictList.length ? (
        <details className="gp-section" open>
          <summary>{plural(report.conflicts, "conflict")} with curated translations (editors win)</summary>
          <ul>
            {report.conflictList.slice(0, SHOWN).map((c, i) => (
              <li key={i}>
                line {c.line}: the {translationLanguageNames[c.language as keyof typeof translationLanguageNames]}{" "}
                translation of {c.practice} was edited by an editor; it is kept
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
