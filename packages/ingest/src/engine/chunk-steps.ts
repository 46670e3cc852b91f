// The steps an import takes for each chunk of records, in order: group, match, and choose which
// records need a provenance row.
import type { NormalisedRecord, Resolved } from "../resolve";
import { minhash, shinglesOfNormalised } from "../similarity";
import type { ImportCounts } from "./counts";
import type { Grouper } from "./grouper";
import type { Lookups } from "./lookups";
import { matchGroup, type SignatureCache } from "./match";
import type { Group } from "./types";

export interface Placed {
  record: NormalisedRecord;
  group: Group;
}

/** Puts each record in its group (a repeat or a version of an earlier one joins it); returns the new groups. */
export function groupChunk(
  grouper: Grouper,
  resolved: Resolved,
  files: ReadonlyArray<{ counts: ImportCounts }>,
): { created: Group[]; placed: Placed[] } {
  const created: Group[] = [];
  const placed = resolved.records.map((record, i) => {
    const { group, created: isNew } = grouper.add(record, () =>
      minhash(shinglesOfNormalised(resolved.normalisedSummaries[i]!)),
    );
    if (isNew) created.push(group);
    else files[record.file]!.counts.duplicatesInFile++;
    return { record, group };
  });
  return { created, placed };
}

/** Matches each new group against the database (lookups loaded for the chunk); sets its action. */
export function matchChunk(created: Group[], lookups: Lookups, signatures: SignatureCache, claimed: Set<number>): void {
  for (const group of created) {
    group.action = matchGroup(group, lookups, signatures, claimed);
    if (group.action.kind !== "add") group.practiceId = group.action.practice.id;
  }
}

/** Provenance for every record, except one an earlier batch already recorded for its practice. */
export function provenanceToWrite(placed: Placed[], lookups: Lookups): Placed[] {
  return placed.filter(({ record, group }) => {
    if (group.action!.kind === "add") return true;
    const known = lookups.bySourceFingerprint.get(record.fingerprint) ?? [];
    return !known.some((id) => lookups.survivor(id)?.id === group.practiceId);
  });
}
