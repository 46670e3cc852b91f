/**
 * The counters of an import, per file and in total: one definition for the batch rows
 * (`import_batches`), the ingest engine and its report. added + updated + unchanged = records −
 * duplicatesInFile.
 */
export const importCounters = [
  "records",
  "duplicatesInFile",
  "added",
  "updated",
  "unchanged",
  "candidates",
  "conflicts",
] as const;

export type ImportCounter = (typeof importCounters)[number];
export type ImportCounts = Record<ImportCounter, number>;

export function emptyImportCounts(): ImportCounts {
  return Object.fromEntries(importCounters.map((counter) => [counter, 0])) as ImportCounts;
}
