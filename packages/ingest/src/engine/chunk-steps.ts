// The steps an import takes for each chunk of records, in order: group, match, and choose which
// records need a provenance row.
import type { NormalisedRecord, Resolved } from "../resolve";
import type { ImportCounts } from "./counts";
import type { Grouper } from "./grouper";
import type { Lookups } from "./lookups";
import { matchGroup, matchKnown } from "./match";
import type { TextOf } from "./prepared";
import type { Group } from "./types";

export interface Placed {
  record: NormalisedRecord;
  group: Group;
}

/**
 * Puts each record in its group (a repeat or a version of an earlier one joins it); returns the new
 * groups. `textOf(i)` gives record i's word hashes and signature (asked only for a record that is not
 * an exact repeat).
 */
export function groupChunk(
  grouper: Grouper,
  resolved: Pick<Resolved, "records">,
  textOf: TextOf,
  files: ReadonlyArray<{ counts: ImportCounts }>,
): { created: Group[]; placed: Placed[] } {
  const created: Group[] = [];
  const placed = resolved.records.map((record, i) => {
    const { group, created: isNew } = grouper.add(record, () => textOf(i));
    if (isNew) created.push(group);
    else files[record.file]!.counts.duplicatesInFile++;
    return { record, group };
  });
  return { created, placed };
}

/**
 * Matches each new group against the database, in input order; sets its action. The lookups hold
 * the chunk's fingerprints; the practices that groups no fingerprint matches may be versions of
 * (same institution and years) are loaded here first.
 */
export async function matchChunk(created: Group[], lookups: Lookups, claimed: Set<number>): Promise<void> {
  const keys = created.flatMap((group) => {
    if (matchKnown(group, lookups) !== null) return [];
    const institutionId = lookups.institutionByKey.get(`${group.rep.country.id}|${group.rep.institutionKey}`);
    if (institutionId === undefined) return [];
    const { implementationYear, awardYear } = group.rep.record;
    return [{ institutionId, implementationYear, awardYear }];
  });
  await lookups.loadSameKeys(keys);
  for (const group of created) {
    group.action = matchGroup(group, lookups, claimed);
    if (group.action.kind !== "add") group.practiceId = group.action.practice.id;
  }
}

/**
 * Once a chunk is written, its groups' summaries go, except where the end of the import needs the
 * text: a version that may replace its practice's summary, or, in a dry run, a new practice (nothing
 * to read it back from).
 */
export function releaseSummaries(created: Group[], dryRun: boolean): void {
  for (const group of created) {
    const action = group.action!;
    const keep = action.kind === "add" ? dryRun : action.kind === "matched" && action.via === "same-practice";
    if (!keep) group.summary = null;
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
