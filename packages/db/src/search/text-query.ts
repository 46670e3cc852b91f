import { hasPhrase, STOP } from "./phrase";
import { firstAt, FAR, occursAgain } from "./posting";
import { difference, intersect, union } from "./sorted-sets";
import type { TextIndex } from "./text-index";
import type { Operand, ParsedQuery } from "./websearch";

const NONE = new Int32Array(0);

/** The live slots of `index` matching a query (websearch.ts), sorted. */
export function matchQuery(index: TextIndex, query: ParsedQuery): Int32Array {
  let out: Int32Array | null = null;
  for (const group of query.groups) {
    const slots = matchGroup(index, group);
    out = out ? union(out, slots) : slots;
  }
  return out ?? NONE;
}

function matchGroup(index: TextIndex, group: Operand[]): Int32Array {
  const positive = group.filter((o) => !o.negated).map((o) => operandSlots(index, o));
  positive.sort((a, b) => a.length - b.length);
  let slots: Int32Array;
  const alive = index.alive;
  if (positive.length === 0) {
    slots = new Int32Array(index.liveCount);
    let n = 0;
    for (let slot = 0; slot < alive.length; slot++) if (alive[slot]) slots[n++] = slot;
  } else {
    slots = positive[0]!;
    for (const list of positive.slice(1)) slots = intersect(slots, list);
    // Postings keep removed slots until the next rebuild: drop them (nothing to drop after a fresh build).
    if (index.removed > 0) {
      const kept = new Int32Array(slots.length);
      let n = 0;
      for (let i = 0; i < slots.length; i++) if (alive[slots[i]!] === 1) kept[n++] = slots[i]!;
      slots = kept.subarray(0, n);
    }
  }
  for (const operand of group.filter((o) => o.negated)) slots = difference(slots, operandSlots(index, operand));
  return slots;
}

/** The slots (dead ones included) holding a word, or every word of a phrase in its order. */
function operandSlots(index: TextIndex, operand: Operand): Int32Array {
  const ids: number[] = [];
  for (const term of operand.terms) {
    const id = term === null ? STOP : index.termId(term);
    if (id === undefined) return NONE;
    ids.push(id);
  }
  const lists = [...new Set(ids.filter((id) => id !== STOP))].map((id) => index.postings(id).docs);
  lists.sort((a, b) => a.length - b.length);
  let slots = lists[0]!;
  for (const list of lists.slice(1)) slots = intersect(slots, list);
  if (ids.length === 1) return slots;
  return withPhrase(index, slots, ids);
}

/**
 * The candidates holding the phrase's term ids in order. Its own function, not a branch of
 * operandSlots: single words keep that one optimised without any feedback for this loop, and the
 * first phrase then deoptimised it and ran this loop in the interpreter (10× slower).
 */
function withPhrase(index: TextIndex, slots: Int32Array, ids: number[]): Int32Array {
  // The phrase is looked for from its rarest word, at the place its posting gives.
  let anchor = -1;
  for (let k = 0; k < ids.length; k++)
    if (ids[k] !== STOP && (anchor < 0 || index.documentCount(ids[k]!) < index.documentCount(ids[anchor]!))) anchor = k;
  const { docs, packed } = index.postings(ids[anchor]!);
  const { pool, start, size } = index.sequences;
  const alive = index.alive;
  const out = new Int32Array(slots.length);
  let n = 0;
  for (let i = 0, j = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    while (docs[j]! < slot) j++;
    if (alive[slot] !== 1) continue;
    const p = packed[j]!;
    const first = firstAt(p) === FAR ? -1 : firstAt(p);
    if (hasPhrase(pool, start[slot]!, size[slot]!, ids, anchor, first, occursAgain(p))) out[n++] = slot;
  }
  return out.subarray(0, n);
}
