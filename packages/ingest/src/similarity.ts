import { foldAccents } from "@gp/db/text";
import { normaliseForMatch } from "./normalise";

/** The words of a text for comparison: normalised, accents folded, letters and digits only. */
export function words(text: string): string[] {
  return foldAccents(normaliseForMatch(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** murmur3's 32-bit finaliser: spreads the bits of a 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashWord(word: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** Hashes of a text's word pairs (its shingles), each once. A one-word text is its word. */
export function shingles(wordList: readonly string[]): Uint32Array {
  const hashes = wordList.map(hashWord);
  if (hashes.length < 2) return Uint32Array.from(hashes);
  const set = new Set<number>();
  for (let i = 1; i < hashes.length; i++) set.add(mix(Math.imul(hashes[i - 1]!, 0x9e3779b1) ^ hashes[i]!));
  return Uint32Array.from(set);
}

/** Hash functions per signature; LSH splits them into bands of ROWS. */
export const SIGNATURE_SIZE = 64;
const ROWS = 2;

// Fixed multipliers and offsets (odd multipliers make each function a permutation of 32-bit values).
const multipliers = new Uint32Array(SIGNATURE_SIZE);
const offsets = new Uint32Array(SIGNATURE_SIZE);
for (let i = 0, seed = 0x2545f491; i < SIGNATURE_SIZE; i++) {
  seed = mix(seed + 0x6d2b79f5);
  multipliers[i] = seed | 1;
  seed = mix(seed + 0x6d2b79f5);
  offsets[i] = seed;
}

/** MinHash signature of a shingle set: equal positions estimate the Jaccard similarity. */
export function minhash(shingleSet: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const a = multipliers[i]!;
    const b = offsets[i]!;
    let min = 0xffffffff;
    for (let j = 0; j < shingleSet.length; j++) {
      const h = (Math.imul(a, shingleSet[j]!) + b) >>> 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** The share of equal positions of two signatures: an estimate of the shingles' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/**
 * Locality-sensitive hashing: the pairs among `signatures` that agree on a whole band (32 bands of
 * 2 rows; pairs with Jaccard ≥ 0.3 meet with probability ≥ 95%), without comparing every pair.
 * Returned as [i, j] with i < j, each once.
 */
export function lshPairs(signatures: readonly Uint32Array[], maxBucket = 256): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < SIGNATURE_SIZE / ROWS; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const s = signatures[i]!;
      let key = band;
      for (let r = 0; r < ROWS; r++) key = mix(Math.imul(key, 0x9e3779b1) ^ s[band * ROWS + r]!);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      // A huge bucket is a degenerate value (e.g. many two-word texts), not a family of near-duplicates.
      if (bucket.length < 2 || bucket.length > maxBucket) continue;
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x]!;
          const j = bucket[y]!;
          const id = i * n + j;
          if (!seen.has(id)) {
            seen.add(id);
            pairs.push([i, j]);
          }
        }
      }
    }
  }
  return pairs;
}

/** pg_trgm's trigrams of a text: each word padded as "  word ", cut in threes. */
export function trigrams(wordList: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const word of wordList) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/** Trigram similarity as pg_trgm's `similarity()` computes it: shared / all distinct trigrams. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Word-level edit similarity: 1 − (words inserted, deleted or replaced) / (length of the longer).
 * A one-word edit of a 20-word summary scores 0.95. Quadratic, so only for pairs already close.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = new Int32Array(b.length + 1).map((_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length]! / longer;
}
