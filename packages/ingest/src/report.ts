import type { ImportCounts } from "@gp/db/imports";
import type { ImportError, ImportFormat } from "./record";

/** A practice in a report: an existing one (id) or one the import creates (id null until applied). */
export interface PracticeRef {
  id: number | null;
  /** Its title, or the title derived from its summary. */
  title: string;
  /** Where the import read it, when it came from this import. */
  file?: string;
  line?: number;
}

export interface FileReport {
  name: string;
  sha256: string;
  format: ImportFormat;
  records: number;
  /** The batch recorded for it; null in a dry run or when nothing was applied. */
  batchId: number | null;
  /** An earlier batch imported a file with the same sha256. */
  previouslyImported: boolean;
}

/**
 * What an import did (or, in a dry run, would do). The counters (ImportCounts: records,
 * duplicatesInFile, added, updated, unchanged, candidates — duplicate candidates opened — and
 * conflicts — imported values that differ from curated ones, editors win) and errors are the command
 * line's --json contract; added + updated + unchanged = records − duplicatesInFile.
 */
export interface ImportReport extends ImportCounts {
  errors: ImportError[];
  /** Not errors: e.g. a region that is not the country's own (the reference region is kept). */
  warnings: ImportError[];
  dryRun: boolean;
  files: FileReport[];
  /** Practices updated, with the fields that changed (at most DETAIL_LIMIT listed). */
  updates: Array<{ practice: PracticeRef; fields: string[] }>;
  /** Duplicate candidates opened (at most DETAIL_LIMIT listed). */
  candidatePairs: Array<{ a: PracticeRef; b: PracticeRef; score: number; method: string }>;
  /** Conflicts (at most DETAIL_LIMIT listed). */
  conflictList: Array<{ practice: PracticeRef; field: string; current: unknown; imported: unknown }>;
  /** Topics the import creates, as "Parent > Topic". */
  newTopics: string[];
  newInstitutions: number;
}

/** Detail lists stop here, so a report of a 100k import stays readable; the counts stay exact. */
export const DETAIL_LIMIT = 1000;

/** The readable summary the command line prints without --json. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const batch = file.batchId === null ? "" : `, batch ${file.batchId}`;
    const again = file.previouslyImported ? " (this file was imported before)" : "";
    lines.push(`${file.name}: ${file.format}, ${plural(file.records, "record")}${batch}${again}`);
  }
  if (report.errors.length > 0) {
    for (const error of report.errors)
      lines.push(`  ${error.file ?? ""}:${error.line}: ${error.field}: ${error.message}`);
    lines.push(`${plural(report.errors.length, "error")}; nothing was written.`);
    return lines.join("\n");
  }
  const verb = report.dryRun ? "Dry run (nothing written)" : "Imported";
  lines.push(
    `${verb}: ${plural(report.records, "record")}, ${report.duplicatesInFile} repeated in the input.`,
    `  ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`,
    `  ${plural(report.candidates, "duplicate candidate")} opened, ${plural(report.conflicts, "conflict")} with curated fields.`,
  );
  if (report.newTopics.length > 0) {
    const shown = report.newTopics.slice(0, 6).join("; ");
    const more = report.newTopics.length > 6 ? ` and ${report.newTopics.length - 6} more` : "";
    lines.push(`  ${plural(report.newTopics.length, "new topic")}: ${shown}${more}.`);
  }
  if (report.newInstitutions > 0) lines.push(`  ${plural(report.newInstitutions, "new institution")}.`);
  for (const pair of report.candidatePairs.slice(0, 20)) {
    lines.push(`  candidate (${pair.score.toFixed(2)}): “${pair.a.title}” ~ “${pair.b.title}”`);
  }
  for (const conflict of report.conflictList.slice(0, 20)) {
    lines.push(
      `  conflict: practice ${conflict.practice.id} “${conflict.practice.title}”: ${conflict.field} is curated; the import has another value`,
    );
  }
  for (const warning of report.warnings.slice(0, 20))
    lines.push(`  warning: ${warning.file ?? ""}:${warning.line}: ${warning.message}`);
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
