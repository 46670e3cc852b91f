import { foldAccents } from "@gp/db/text";
import { normaliseForMatch } from "./normalise";

/** The words of a text for comparison: normalised, accents folded, letters and digits only. */
export function words(text: string): string[] {
  return wordsOfNormalised(normaliseForMatch(text));
}

/** `words` of a text already normalised with `normaliseForMatch`. */
export function wordsOfNormalised(normalised: string): string[] {
  const list = /[\u0080-\uffff]/.test(normalised)
    ? foldAccents(normalised).split(/[^\p{L}\p{N}]+/u)
    : normalised.split(/[^a-z0-9]+/);
  return list.filter((word) => word !== "");
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

/** Hashes of a text's word pairs (its shingles); a one-word text is its word. Repeats do no harm to MinHash. */
export function shingles(wordList: readonly string[]): Uint32Array {
  return shinglesOfWordHashes(Uint32Array.from(wordList, hashWord));
}

/** `shingles` of a text's word hashes (`wordHashesOfNormalised`). */
export function shinglesOfWordHashes(hashes: Uint32Array): Uint32Array {
  if (hashes.length < 2) return hashes.slice();
  const out = new Uint32Array(hashes.length - 1);
  for (let i = 1; i < hashes.length; i++) out[i - 1] = pairHash(hashes[i - 1]!, hashes[i]!);
  return out;
}

/**
 * The hash of each word of a normalised text (`wordsOfNormalised`), in one pass over the characters
 * when the text is ASCII. What an import keeps of a summary to compare it word by word later (a
 * quarter of the text's size): two words with one 32-bit hash are as good as never confused.
 */
export function wordHashesOfNormalised(normalised: string): Uint32Array {
  if (/[\u0080-\uffff]/.test(normalised)) return Uint32Array.from(wordsOfNormalised(normalised), hashWord);
  // A text of n characters has at most n/2 + 1 words: hashed into a buffer reused from call to call,
  // then copied out at their count (an array grown word by word was most of this function's time).
  const most = (normalised.length >> 1) + 1;
  if (scratch.length < most) scratch = new Uint32Array(Math.max(most, scratch.length * 2));
  const out = scratch;
  let count = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= normalised.length; i++) {
    const c = i < normalised.length ? normalised.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out[count++] = mix(h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return out.slice(0, count);
}

let scratch = new Uint32Array(4096);

function pairHash(a: number, b: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ b);
}

/**
 * `shingles(wordsOfNormalised(text))` in one pass over the characters, without making the words:
 * the hot path of an import (every summary goes through it).
 */
export function shinglesOfNormalised(normalised: string): Uint32Array {
  if (/[\u0080-\uffff]/.test(normalised)) return shingles(wordsOfNormalised(normalised));
  const out: number[] = [];
  let previous = -1;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= normalised.length; i++) {
    const c = i < normalised.length ? normalised.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      const current = mix(h);
      if (previous >= 0) out.push(pairHash(previous, current));
      previous = current;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (out.length === 0 && previous >= 0) out.push(previous);
  return Uint32Array.from(out);
}

/** Positions of a signature; LSH splits them into bands of ROWS. */
export const SIGNATURE_SIZE = 64;
const ROWS = 2;
const EMPTY = 0xffffffff;

/**
 * MinHash signature of a shingle set by one-permutation hashing: each shingle's hash picks a bin
 * (its top 6 bits) and the bin keeps the least value; empty bins borrow from the next non-empty
 * one ("densification by rotation", Shrivastava & Li 2014). Equal positions estimate the Jaccard
 * similarity, as with 64 separate hash functions, at 1/64th of the cost: every summary of an import
 * goes through here.
 */
export function minhash(shingleSet: Uint32Array): Uint32Array {
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let j = 0; j < shingleSet.length; j++) keepLeast(bins, shingleSet[j]!);
  return densified(bins, shingleSet.length === 0);
}

/** `minhash(shinglesOfWordHashes(words))` without making the shingles: every summary of an import goes through here. */
export function minhashOfWordHashes(words: Uint32Array): Uint32Array {
  if (words.length < 2) return minhash(words);
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (let i = 1; i < words.length; i++) keepLeast(bins, pairHash(words[i - 1]!, words[i]!));
  return densified(bins, false);
}

/** A shingle's hash picks a bin (its top 6 bits); the bin keeps the least value. */
function keepLeast(bins: Uint32Array, h: number): void {
  const bin = h >>> 26;
  const value = h & 0x3ffffff;
  if (value < bins[bin]!) bins[bin] = value;
}

/** The signature of filled bins: empty bins borrow from the next non-empty one. */
function densified(bins: Uint32Array, empty: boolean): Uint32Array {
  if (empty) return bins;
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let distance = 0;
    while (bins[(i + distance) % SIGNATURE_SIZE] === EMPTY) distance++;
    // A borrowed value is marked with its distance, so it only meets the same borrowing.
    signature[i] = bins[(i + distance) % SIGNATURE_SIZE]! + distance * 0x4000000;
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
export function wordSimilarity<T extends string | number>(a: ArrayLike<T>, b: ArrayLike<T>): number {
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
