import type { CuratableField } from "@gp/db/schema";
import { normaliseForMatch } from "../normalise";
import type { AwardDistinction } from "../record";
import { estimatedSimilarity, minhash, shingles, wordSimilarity, words } from "../similarity";
import type { Group } from "./group";
import { type ExistingPractice, type Snapshot, survivor } from "./snapshot";
import { SAME_PRACTICE } from "./thresholds";

/** What an import does with a group: add a practice, update one, or leave one as it is. */
export type Action =
  | { kind: "add" }
  | { kind: "update"; practice: ExistingPractice; via: "fingerprint" | "same-practice"; changes: Changes }
  | { kind: "unchanged"; practice: ExistingPractice; via: "fingerprint" | "source" | "merged" | "same-practice" };

/** The fields an update writes; absent fields stay as they are. */
export interface Changes {
  summary?: string;
  fingerprint?: string;
  title?: string;
  awardDistinction?: AwardDistinction;
  /** The new topic set, as topic keys. */
  topicKeys?: string[];
}

/** An imported value that differs from a curated one: editors win, the import reports it. */
export interface Conflict {
  group: number;
  practice: ExistingPractice;
  field: CuratableField;
  current: unknown;
  imported: unknown;
}

/** Signatures of existing practices, computed once per plan. */
export class SignatureCache {
  private readonly cache = new Map<number, Uint32Array>();
  of(practice: ExistingPractice): Uint32Array {
    let signature = this.cache.get(practice.id);
    if (!signature) {
      signature = minhash(shingles(words(practice.summary)));
      this.cache.set(practice.id, signature);
    }
    return signature;
  }
}

/**
 * Matches each group against the database, in input order:
 * 1. a practice with one of its fingerprints: the same practice (a merged one maps to its survivor);
 * 2. a practice one of its fingerprints was imported into before (provenance): left as it is;
 * 3. a practice of the same institution, country and years with a near-identical summary: the same
 *    practice, edited upstream, so it is updated;
 * 4. otherwise a new practice.
 * Fields an editor curated are never changed; a differing imported value is a conflict.
 */
export function matchGroups(
  groups: readonly Group[],
  snapshot: Snapshot,
  signatures: SignatureCache,
): { actions: Action[]; conflicts: Conflict[] } {
  const sameKey = new Map<string, ExistingPractice[]>();
  for (const p of snapshot.practices.values()) {
    const key = `${p.institutionId}|${p.implementationYear ?? ""}|${p.awardYear ?? ""}`;
    const list = sameKey.get(key);
    if (list) list.push(p);
    else sameKey.set(key, [p]);
  }
  const claimed = new Set<number>();
  const actions: Action[] = [];
  const conflicts: Conflict[] = [];

  for (const group of groups) {
    const action = matchOne(group);
    // One group speaks for a practice; another version in the same input only maps to it.
    if (action.kind !== "add" && (action.via === "fingerprint" || action.via === "same-practice")) claimed.add(action.practice.id);
    actions.push(action);
  }
  return { actions, conflicts };

  function matchOne(group: Group): Action {
    for (const fp of group.fingerprints) {
      const practice = snapshot.practices.get(snapshot.byFingerprint.get(fp)?.[0] ?? -1);
      if (!practice) continue;
      if (practice.status !== "merged") {
        return claimed.has(practice.id) ? { kind: "unchanged", practice, via: "fingerprint" } : compare(group, practice, "fingerprint");
      }
      const live = survivor(snapshot, practice.id);
      if (live) return { kind: "unchanged", practice: live, via: "merged" };
    }
    for (const fp of group.fingerprints) {
      for (const id of snapshot.bySourceFingerprint.get(fp) ?? []) {
        const live = survivor(snapshot, id);
        if (live) return { kind: "unchanged", practice: live, via: "source" };
      }
    }
    const first = group.members[0]!;
    const institutionId = snapshot.institutionByKey.get(`${first.country.id}|${first.institutionKey}`);
    if (institutionId === undefined) return { kind: "add" };
    const { implementationYear, awardYear } = first.record;
    const sameWords = words(first.record.summary);
    let best: { practice: ExistingPractice; score: number } | null = null;
    for (const practice of sameKey.get(`${institutionId}|${implementationYear ?? ""}|${awardYear ?? ""}`) ?? []) {
      if (estimatedSimilarity(group.signature, signatures.of(practice)) < 0.4) continue;
      const score = wordSimilarity(sameWords, words(practice.summary));
      if (score >= SAME_PRACTICE && (!best || score > best.score)) best = { practice, score };
    }
    if (!best) return { kind: "add" };
    const live = survivor(snapshot, best.practice.id);
    if (!live) return { kind: "add" };
    if (live.id !== best.practice.id || claimed.has(live.id)) return { kind: "unchanged", practice: live, via: live.id !== best.practice.id ? "merged" : "same-practice" };
    return compare(group, live, "same-practice");
  }

  function compare(group: Group, practice: ExistingPractice, via: "fingerprint" | "same-practice"): Action {
    const record = group.members[0]!.record;
    const curated = new Set(practice.curatedFields);
    const changes: Changes = {};
    const offer = <F extends keyof Changes>(field: CuratableField, key: F, current: unknown, imported: Changes[F], shown = imported as unknown) => {
      if (curated.has(field)) conflicts.push({ group: group.index, practice, field, current, imported: shown });
      else changes[key] = imported;
    };

    if (via === "same-practice" && normaliseForMatch(record.summary) !== normaliseForMatch(practice.summary)) {
      offer("summary", "summary", practice.summary, record.summary);
      if (!curated.has("summary")) changes.fingerprint = group.fingerprints[0]!;
    }
    const title = group.members.find((m) => m.record.title !== null)?.record.title ?? null;
    if (title !== null && title !== practice.title) offer("title", "title", practice.title, title);
    const distinction = group.members.find((m) => m.record.awardDistinction !== null)?.record.awardDistinction ?? null;
    if (distinction !== null && distinction !== practice.awardDistinction) {
      offer("awardDistinction", "awardDistinction", practice.awardDistinction, distinction);
    }
    // Institution and years are part of the fingerprint: they differ only where an editor changed them.
    for (const field of ["implementationYear", "awardYear"] as const) {
      if (curated.has(field) && record[field] !== practice[field]) {
        conflicts.push({ group: group.index, practice, field, current: practice[field], imported: record[field] });
      }
    }
    if (curated.has("institutionId") && snapshot.institutionByKey.get(`${group.members[0]!.country.id}|${group.members[0]!.institutionKey}`) !== practice.institutionId) {
      conflicts.push({ group: group.index, practice, field: "institutionId", current: practice.institutionId, imported: record.institution });
    }
    if (group.topics.size > 0) {
      const imported = [...group.topics.keys()].map((key) => snapshot.topicByKey.get(key));
      const current = new Set(practice.topicIds);
      const same = imported.every((id) => id !== undefined && current.has(id)) && new Set(imported).size === current.size;
      if (!same) {
        offer("topics", "topicKeys", practice.topicIds.map((id) => snapshot.topics.get(id)?.name ?? String(id)), [...group.topics.keys()], [...group.topics.values()]);
      }
    }
    return Object.keys(changes).length > 0
      ? { kind: "update", practice, via, changes }
      : { kind: "unchanged", practice, via };
  }
}
