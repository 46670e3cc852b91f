import type { Decision } from "../match/decide";

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

/**
 * Splits a decision's counts by file: a practice counts for the file of its first record, a
 * repeat for the file it was read in.
 */
export function countsByFile(decision: Decision): FileCounts[] {
  const counts = decision.files.map((file) => ({
    records: file.recordCount,
    duplicatesInFile: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    candidates: 0,
    conflicts: 0,
  }));
  const fileOfGroup = decision.groups.map((group) => group.members[0]!.file);
  decision.groups.forEach((group, i) => {
    for (const member of group.members.slice(1)) counts[member.file]!.duplicatesInFile++;
    const kind = decision.actions[i]!.kind;
    counts[fileOfGroup[i]!]![kind === "add" ? "added" : kind === "update" ? "updated" : "unchanged"]++;
  });
  for (const c of decision.candidates) counts[fileOfGroup[c.group]!]!.candidates++;
  for (const c of decision.conflicts) counts[fileOfGroup[c.group]!]!.conflicts++;
  return counts;
}
