import type { PracticeListItem } from "../queries/search";
import type { Lang } from "./analyser";
import { listItem } from "./list-item";
import type { PracticeStore } from "./store";
import { topK } from "./top-k";

/** Distinctive terms of a practice: its rarest (in more than one practice), up to 8, within this many matches together. */
const MAX_TERMS = 8;
const MATCH_BUDGET = 5000;

/**
 * Practices like this one, from memory: those sharing the most of its topics, and those matching
 * its most distinctive terms (the rarest in the index), scored together as the SQL version does
 * (`relatedPractices`): the share of its topics a practice has, plus its text score (BM25 over
 * those terms, scaled to the best candidate's, where SQL had four times ts_rank). Ties go to the
 * newest award. Shown in `lang` where translated. Undefined when the practice is not in the index (not published).
 */
export function relatedFromIndex(
  store: PracticeStore,
  practiceId: number,
  limit = 5,
  lang: Lang = "en",
): PracticeListItem[] | undefined {
  const me = store.slotOf.get(practiceId);
  if (me === undefined) return undefined;
  const slots = store.rows.length;
  const { start, count, values } = store.ownTopics;
  const mine = new Set(values.data.subarray(start.data[me]!, start.data[me]! + count.data[me]!));

  // Topics shared, counted per slot from each topic's practices.
  const shared = new Uint8Array(slots);
  const candidates: number[] = [];
  for (const topic of mine)
    for (const slot of store.slotsWithTopic(topic)) if (slot !== me && shared[slot]!++ === 0) candidates.push(slot);

  // The rarest terms first, as many as stay within the budget of matches (the rarest one always).
  const text = store.text;
  const rare = text
    .slotTerms(me)
    .map((id) => [id, text.documentCount(id)] as const)
    .filter(([, documents]) => documents > 1)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_TERMS);
  let matched = 0;
  const terms = rare.filter(([, documents], index) => (matched += documents) <= MATCH_BUDGET || index === 0);
  const textScore = new Float32Array(slots);
  for (const slot of text.scoreTerms(
    terms.map(([id]) => id),
    textScore,
  ))
    if (slot !== me && shared[slot] === 0) candidates.push(slot);
  textScore[me] = 0;

  let best = 0;
  for (const slot of candidates) best = Math.max(best, textScore[slot]!);
  const score = new Float32Array(slots);
  for (const slot of candidates)
    score[slot] = shared[slot]! / Math.max(mine.size, 1) + (best ? textScore[slot]! / best : 0);
  const [awardYear, rows] = [store.awardYear.data, store.rows];
  const before = (a: number, b: number) =>
    score[a] !== score[b]
      ? score[a]! > score[b]!
      : awardYear[a] !== awardYear[b]
        ? awardYear[a]! > awardYear[b]!
        : rows[a]!.id > rows[b]!.id;
  return topK(candidates, limit, before, score).map((slot) => listItem(store, slot, lang, null));
}
