/** Counts of one file of an import, for its batch row. */
export interface FileCounts {
  records: number;
  duplicatesInFile: number;
  added: number;
  updated: number;
  unchanged: number;
  candidates: number;
  conflicts: number;
}

export function emptyCounts(): FileCounts {
  return { records: 0, duplicatesInFile: 0, added: 0, updated: 0, unchanged: 0, candidates: 0, conflicts: 0 };
}
