import { emptyImportCounts, type ImportCounts } from "@gp/db/imports";
import type { PlannedCandidate } from "./candidates";
import type { Conflict, Group } from "./types";

export { emptyImportCounts, type ImportCounts };

/** Counts each file's added, updated and unchanged practices, candidates and conflicts (by the file of the group). */
export function countByFile(
  files: ReadonlyArray<{ counts: ImportCounts }>,
  groups: readonly Group[],
  candidates: readonly PlannedCandidate[],
  conflicts: readonly Conflict[],
): void {
  for (const group of groups) {
    const kind = group.action!.kind;
    files[group.rep.file]!.counts[kind === "add" ? "added" : kind === "update" ? "updated" : "unchanged"]++;
  }
  for (const c of candidates) files[c.group.rep.file]!.counts.candidates++;
  for (const c of conflicts) files[c.group.rep.file]!.counts.conflicts++;
}
