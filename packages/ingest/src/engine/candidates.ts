import { estimatedSimilarity, lshPairs, trigramSimilarity, trigrams, words } from "../similarity";
import type { Group } from "./types";
import type { ExistingPractice, Lookups } from "./lookups";
import type { SignatureCache } from "./match";
import { CANDIDATE, ESTIMATE_FLOOR } from "./thresholds";

/** One side of a candidate pair: a practice already in the database, or a group this import adds. */
export type Side = { practice: ExistingPractice; group?: undefined } | { group: Group; practice?: undefined };

export interface PlannedCandidate {
  a: Side;
  b: Side;
  /** Trigram similarity of the summaries, in [0, 1]. */
  score: number;
  /** The group of this import that brought the pair. */
  group: Group;
}

interface Item {
  side: Side;
  summary: string;
  signature: Uint32Array;
  /** The group whose text this is, when the import adds or updates it. */
  subject: Group | null;
}

/**
 * Near-duplicate candidates for the practices this import adds or updates: within each country,
 * MinHash/LSH over word pairs proposes pairs (never all pairs), and trigram similarity decides.
 * Pairs between two practices the import leaves alone are not its business.
 */
export function findCandidates(
  groups: readonly Group[],
  lookups: Lookups,
  signatures: SignatureCache,
): PlannedCandidate[] {
  const byCountry = new Map<number, Item[]>();
  const push = (countryId: number, item: Item) => {
    const list = byCountry.get(countryId);
    if (list) list.push(item);
    else byCountry.set(countryId, [item]);
  };
  const updated = new Set<number>();
  for (const group of groups) {
    const action = group.action!;
    if (action.kind === "add") {
      push(group.rep.country.id, {
        side: { group },
        summary: group.rep.record.summary,
        signature: group.signature,
        subject: group,
      });
    } else if (action.kind === "update") {
      updated.add(action.practice.id);
      const newText = action.changes.summary !== undefined;
      push(group.rep.country.id, {
        side: { practice: action.practice },
        summary: newText ? group.rep.record.summary : action.practice.summary,
        signature: newText ? group.signature : signatures.of(action.practice),
        subject: group,
      });
    }
  }
  for (const practice of lookups.practices.values()) {
    if (practice.status === "merged" || updated.has(practice.id) || !byCountry.has(practice.countryId)) continue;
    push(practice.countryId, {
      side: { practice },
      summary: practice.summary,
      signature: signatures.of(practice),
      subject: null,
    });
  }

  const candidates: PlannedCandidate[] = [];
  for (const items of byCountry.values()) {
    if (items.length < 2 || !items.some((item) => item.subject)) continue;
    const trigramCache = new Map<Item, Set<string>>();
    const trigramsOf = (item: Item) => {
      let set = trigramCache.get(item);
      if (!set) trigramCache.set(item, (set = trigrams(words(item.summary))));
      return set;
    };
    for (const [i, j] of lshPairs(items.map((item) => item.signature))) {
      const a = items[i]!;
      const b = items[j]!;
      if (!a.subject && !b.subject) continue;
      if (estimatedSimilarity(a.signature, b.signature) < ESTIMATE_FLOOR) continue;
      const score = trigramSimilarity(trigramsOf(a), trigramsOf(b));
      if (score < CANDIDATE) continue;
      candidates.push({
        a: a.side,
        b: b.side,
        score: Math.round(score * 1000) / 1000,
        group: (a.subject ?? b.subject)!,
      });
    }
  }
  return candidates.sort((x, y) => y.score - x.score || x.group.index - y.group.index);
}
