import type { TranslationImportReport } from "@gp/ingest";
import { plural } from "@/lib/labels";
import { ReportCounts, ReportErrors, ReportList } from "./report-parts";
import { translationLanguageNames } from "@/lib/translation-form";

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
      <ReportCounts figures={figures} />
      <ReportErrors errors={report.errors} />
      <ReportList
        summary={`${plural(report.conflicts, "conflict")} with curated translations (editors win)`}
        items={report.conflictList}
        open
      >
        {(c) =>
          `line ${c.line}: the ${translationLanguageNames[c.language as keyof typeof translationLanguageNames]} ` +
          `translation of ${c.practice} was edited by an editor; it is kept`
        }
      </ReportList>
    </div>
  );
}
