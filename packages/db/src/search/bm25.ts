import { frequency } from "./posting";
import type { TextIndex } from "./text-index";

const K1 = 1.2;
const B = 0.75;

/**
 * Each slot's length normalisation, K1 · (1 − B + B · length / average), by slot: computed once
 * for the index's current average (again after any change) rather than with a division per posting.
 */
const norms = new WeakMap<TextIndex, { average: number; slots: number; norm: Float64Array }>();

function normsOf(index: TextIndex): Float64Array {
  const average = index.averageLength;
  const { docLength } = index;
  let cached = norms.get(index);
  if (!cached || cached.average !== average || cached.slots !== docLength.length) {
    const norm = new Float64Array(docLength.length);
    for (let s = 0; s < norm.length; s++) norm[s] = K1 * (1 - B + (B * (docLength[s] ?? 0)) / average);
    norms.set(index, (cached = { average, slots: docLength.length, norm }));
  }
  return cached.norm;
}

/** A term's inverse document frequency among the live slots, from how many slots hold it. */
function idf(index: TextIndex, holding: number): number {
  return Math.log(1 + (index.liveCount - holding + 0.5) / (holding + 0.5));
}

/** BM25 of each slot (sorted, live) for the terms, by its index in `slots`; terms absent from the index add nothing. */
export function scoreSlots(index: TextIndex, slots: Int32Array, terms: string[]): Float32Array {
  const out = new Float32Array(slots.length);
  const norm = normsOf(index);
  for (const term of terms) {
    const id = index.termId(term);
    if (id === undefined) continue;
    const { docs, packed } = index.postings(id);
    const n = docs.length;
    const weight = idf(index, n);
    // Both lists are sorted: one merge walk.
    for (let i = 0, j = 0; i < slots.length && j < n;) {
      const a = slots[i]!;
      const b = docs[j]!;
      if (a < b) i++;
      else if (a > b) j++;
      else {
        const tf = frequency(packed[j]!);
        out[i]! += (weight * tf * (K1 + 1)) / (tf + norm[a]!);
        i++;
        j++;
      }
    }
  }
  return out;
}

/** BM25 of every live slot holding any of these term ids, added into `into` by slot; returns the slots touched. */
export function scoreTerms(index: TextIndex, ids: number[], into: Float32Array): number[] {
  const touched: number[] = [];
  const norm = normsOf(index);
  const { alive } = index;
  for (const id of ids) {
    const { docs, packed } = index.postings(id);
    const weight = idf(index, docs.length);
    for (let j = 0; j < docs.length; j++) {
      const slot = docs[j]!;
      if (alive[slot] !== 1) continue;
      if (into[slot] === 0) touched.push(slot);
      const tf = frequency(packed[j]!);
      into[slot]! += (weight * tf * (K1 + 1)) / (tf + norm[slot]!);
    }
  }
  return touched;
}
