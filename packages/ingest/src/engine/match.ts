import type { CuratableField } from "@gp/db/schema";
import { normaliseForMatch } from "../normalise";
import { isSameText, signatureOfGroup, wordsOf } from "./grouper";
import { type ExistingPractice, type Lookups, sameKey } from "./lookups";
import type { Action, Changes, Conflict, Group, Via } from "./types";

/**
 * Matches a new group against the database, in input order:
 * 1. a practice with one of its fingerprints: the same practice (a merged one maps to its survivor);
 * 2. a practice one of its fingerprints was imported into before (provenance): left as it is, so an
 *    older export never undoes a newer one;
 * 3. a practice of the same institution, country and years with a near-identical summary: the same
 *    practice, edited upstream;
 * 4. otherwise a new practice.
 * One group speaks for a practice (`claimed`); another version in the same input only maps to it.
 */
export function matchGroup(group: Group, lookups: Lookups, claimed: Set<number>): Action {
  const action = match();
  if (action.kind === "matched") claimed.add(action.practice.id);
  return action;

  function match(): Action {
    const known = matchKnown(group, lookups);
    if (known) {
      if (known.kind !== "matched" || !claimed.has(known.practice.id)) return known;
      return { kind: "unchanged", practice: known.practice, via: "fingerprint" };
    }
    const key = sameKeyOf(group, lookups);
    if (key === null) return { kind: "add" };
    const version = (lookups.bySameKey.get(key) ?? []).find((practice) =>
      isSameText(wordsOf(group), signatureOfGroup(group), practice.text!.words, practice.text!.signature),
    );
    if (!version) return { kind: "add" };
    const live = lookups.survivor(version.id);
    if (!live) return { kind: "add" };
    if (live.id !== version.id) return { kind: "unchanged", practice: live, via: "merged" };
    if (claimed.has(live.id)) return { kind: "unchanged", practice: live, via: "same-practice" };
    return { kind: "matched", practice: live, via: "same-practice" };
  }
}

/**
 * Rules 1 and 2: a practice with one of the group's fingerprints, or one that provenance names.
 * Null when neither finds a live practice (then rule 3 needs the practices of `sameKeyOf`).
 */
export function matchKnown(group: Group, lookups: Lookups): Action | null {
  for (const fp of group.fingerprints) {
    const practice = lookups.practices.get(lookups.byFingerprint.get(fp)?.[0] ?? -1);
    if (!practice) continue;
    if (practice.status !== "merged") return { kind: "matched", practice, via: "fingerprint" };
    const live = lookups.survivor(practice.id);
    if (live) return { kind: "unchanged", practice: live, via: "merged" };
  }
  for (const fp of group.fingerprints) {
    for (const id of lookups.bySourceFingerprint.get(fp) ?? []) {
      const live = lookups.survivor(id);
      if (live) return { kind: "unchanged", practice: live, via: "source" };
    }
  }
  return null;
}

/** The `sameKey` of a group's institution and years, or null when its institution is not in the database yet. */
export function sameKeyOf(group: Group, lookups: Lookups): string | null {
  const { rep } = group;
  const institutionId = lookups.institutionByKey.get(`${rep.country.id}|${rep.institutionKey}`);
  if (institutionId === undefined) return null;
  return sameKey(institutionId, rep.record.implementationYear, rep.record.awardYear);
}

/**
 * What a matched group changes in its practice, once all its records are read. Fields an editor
 * curated are never changed: a differing imported value is a conflict. An empty imported value
 * (no title, no topics) never clears anything.
 */
export function compareGroup(
  group: Group,
  practice: ExistingPractice,
  via: Via,
  lookups: Lookups,
  conflicts: Conflict[],
): Action {
  const record = group.rep.record;
  const curated = new Set(practice.curatedFields);
  const changes: Changes = {};
  const offer = <F extends keyof Changes>(
    field: CuratableField,
    key: F,
    current: unknown,
    imported: Changes[F],
    shown: unknown = imported,
  ) => {
    if (curated.has(field)) conflicts.push({ group, practice, field, current, imported: shown });
    else changes[key] = imported;
  };

  // A version's text (kept on the group) replaces the practice's unless only spacing, quotes or case differ.
  const current = practice.text?.summary;
  if (via === "same-practice" && group.summary !== null && current !== undefined) {
    if (normaliseForMatch(group.summary) !== normaliseForMatch(current)) {
      offer("summary", "summary", current, group.summary);
      if (!curated.has("summary")) changes.fingerprint = group.fingerprints[0]!;
    }
  }
  if (group.title !== null && group.title !== practice.title) offer("title", "title", practice.title, group.title);
  if (group.awardDistinction !== null && group.awardDistinction !== practice.awardDistinction) {
    offer("awardDistinction", "awardDistinction", practice.awardDistinction, group.awardDistinction);
  }
  // Institution and years are part of the fingerprint: they differ only where an editor changed them.
  for (const field of ["implementationYear", "awardYear"] as const) {
    if (curated.has(field) && record[field] !== practice[field]) {
      conflicts.push({ group, practice, field, current: practice[field], imported: record[field] });
    }
  }
  const institutionId = lookups.institutionByKey.get(`${group.rep.country.id}|${group.rep.institutionKey}`);
  if (curated.has("institutionId") && institutionId !== practice.institutionId) {
    conflicts.push({
      group,
      practice,
      field: "institutionId",
      current: practice.institutionId,
      imported: record.institution,
    });
  }
  if (group.topics.size > 0) {
    const imported = [...group.topics.keys()].map((key) => lookups.topicByKey.get(key));
    const current = new Set(practice.topicIds);
    const same = imported.every((id) => id !== undefined && current.has(id)) && new Set(imported).size === current.size;
    if (!same) {
      const names = practice.topicIds.map((id) => lookups.topics.get(id)?.name ?? String(id));
      offer("topics", "topicKeys", names, [...group.topics.keys()], [...group.topics.values()]);
    }
  }
  return Object.keys(changes).length > 0
    ? { kind: "update", practice, via, changes }
    : { kind: "unchanged", practice, via };
}
