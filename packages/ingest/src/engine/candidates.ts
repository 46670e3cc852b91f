import { estimatedSimilarity, lshPairs, trigramSimilarity, trigrams, words } from "../similarity";
import type { Group } from "./group";
import type { Action, SignatureCache } from "./match";
import type { ExistingPractice, Snapshot } from "./snapshot";
import { CANDIDATE, ESTIMATE_FLOOR } from "./thresholds";

/** One side of a candidate pair: a practice in the database, or one this import adds. */
export type Side = { practiceId: number; group?: undefined } | { group: number; practiceId?: undefined };

export interface PlannedCandidate {
  a: Side;
  b: Side;
  /** Trigram similarity of the summaries, in [0, 1]. */
  score: number;
  /** The group (of this import) that brought the pair. */
  group: number;
}

interface Item {
  side: Side;
  summary: string;
  signature: Uint32Array;
  /** The group whose text this is, if it is new or updated by this import. */
  subject: Group | null;
}

/**
 * Near-duplicate candidates for the practices this import adds or updates: within each country,
 * MinHash/LSH over word pairs proposes pairs (never all pairs), and trigram similarity decides.
 * Pairs between two practices the import leaves alone are not its business.
 */
export function findCandidates(
  groups: readonly Group[],
  actions: readonly Action[],
  snapshot: Snapshot,
  signatures: SignatureCache,
): PlannedCandidate[] {
  const byCountry = new Map<number, Item[]>();
  const push = (countryId: number, item: Item) => {
    const list = byCountry.get(countryId);
    if (list) list.push(item);
    else byCountry.set(countryId, [item]);
  };
  const updated = new Set<number>();
  groups.forEach((group, i) => {
    const action = actions[i]!;
    if (action.kind === "unchanged") return;
    const summary = action.kind === "update" && action.changes.summary === undefined ? action.practice.summary : group.members[0]!.record.summary;
    const side: Side = action.kind === "add" ? { group: group.index } : { practiceId: action.practice.id };
    if (action.kind === "update") updated.add(action.practice.id);
    push(group.members[0]!.country.id, { side, summary, signature: action.kind === "update" && action.changes.summary === undefined ? signatures.of(action.practice) : group.signature, subject: group });
  });
  const subjectCountries = new Set(byCountry.keys());
  for (const practice of snapshot.practices.values()) {
    if (practice.status === "merged" || updated.has(practice.id) || !subjectCountries.has(practice.countryId)) continue;
    push(practice.countryId, existingItem(practice, signatures));
  }

  const candidates: PlannedCandidate[] = [];
  const trigramCache = new Map<Item, Set<string>>();
  const trigramsOf = (item: Item) => {
    let set = trigramCache.get(item);
    if (!set) {
      set = trigrams(words(item.summary));
      trigramCache.set(item, set);
    }
    return set;
  };
  for (const items of byCountry.values()) {
    if (items.length < 2) continue;
    for (const [i, j] of lshPairs(items.map((item) => item.signature))) {
      const a = items[i]!;
      const b = items[j]!;
      if (!a.subject && !b.subject) continue;
      if (estimatedSimilarity(a.signature, b.signature) < ESTIMATE_FLOOR) continue;
      const score = trigramSimilarity(trigramsOf(a), trigramsOf(b));
      if (score < CANDIDATE) continue;
      candidates.push({ a: a.side, b: b.side, score: Math.round(score * 1000) / 1000, group: (a.subject ?? b.subject)!.index });
    }
    trigramCache.clear();
  }
  return candidates.sort((x, y) => y.score - x.score || x.group - y.group);
}

function existingItem(practice: ExistingPractice, signatures: SignatureCache): Item {
  return { side: { practiceId: practice.id }, summary: practice.summary, signature: signatures.of(practice), subject: null };
}
