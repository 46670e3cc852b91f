import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START } from "../queries/search";
import type { Analyser } from "./analyser";

const MAX_WORDS = 28;

/**
 * The summary as the index holds it: its term ids by word, and the ids of the query's terms. Given
 * only when the index's words line up with the summary's one for one (see `aligns`).
 */
export interface IndexedText {
  sequence: Int32Array;
  hits: number[];
}
const MAX_FRAGMENTS = 2;

/** Whether the index's term ids of a summary are its words one for one (the snippet then reads them). */
export function aligns(summary: string, sequence: Int32Array): boolean {
  return wordSpans(summary).count === sequence.length;
}

/**
 * The passages of a summary where the query's terms occur, with those words between HIGHLIGHT
 * marks: up to two fragments of up to 28 words, the ones with the most matches, in text order,
 * with "…" where they cut the text (what ts_headline with MaxFragments=2, MaxWords=28 gave). The
 * start of the summary when no term occurs in it (a practice matching by its title or topics).
 */
export function snippet(summary: string, terms: Set<string>, analyser: Analyser, indexed?: IndexedText): string {
  if (indexed) return fromIndex(summary, indexed);
  // Words are found in the text with its spaces made single, so the fragments' offsets are its.
  const flat = summary.replace(/\s+/g, " ").trim();
  const { starts, ends, count } = wordSpans(flat);
  const hits: number[] = [];
  for (let i = 0; i < count; i++) if (isHit(flat.slice(starts[i], ends[i]), terms, analyser)) hits.push(i);
  if (hits.length === 0) return excerpt(summary);
  const chosen = windows(hits, count);
  return join(chosen, count, fragments(flat, chosen, hits, starts, ends));
}

/**
 * The snippet from the index's term ids: the hits without stemming a word, and the summary's words
 * found only as far as the last fragment ends, in the summary as it is (a fragment's spaces are
 * made single afterwards: words never hold a space, so that is the same text as from the flattened
 * summary).
 */
function fromIndex(summary: string, { sequence, hits: ids }: IndexedText): string {
  const count = sequence.length;
  const hits: number[] = [];
  for (let i = 0; i < count; i++) if (ids.includes(sequence[i]!)) hits.push(i);
  if (hits.length === 0) return excerpt(summary);
  const chosen = windows(hits, count);
  const { starts, ends } = wordSpans(summary, chosen[chosen.length - 1]!.end);
  const parts = fragments(summary, chosen, hits, starts, ends).map((f) => f.replace(/\s+/g, " "));
  return join(chosen, count, parts);
}

interface Window {
  start: number;
  end: number;
  score: number;
}

/** Candidate windows start a little before each hit; the best non-overlapping ones, in text order. */
function windows(hits: number[], count: number): Window[] {
  const candidates = hits.map((hit) => {
    const start = Math.max(0, Math.min(hit - 6, count - MAX_WORDS));
    const end = Math.min(count, start + MAX_WORDS);
    return { start, end, score: hits.filter((h) => h >= start && h < end).length };
  });
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const chosen: Window[] = [];
  for (const w of candidates) {
    if (chosen.length === MAX_FRAGMENTS) break;
    if (chosen.every((c) => w.end <= c.start || w.start >= c.end)) chosen.push(w);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Each window's text, its hits between the HIGHLIGHT marks. */
function fragments(text: string, chosen: Window[], hits: number[], starts: Int32Array, ends: Int32Array): string[] {
  return chosen.map((w) => {
    let out = "";
    let at = starts[w.start]!;
    for (const i of hits) {
      if (i < w.start || i >= w.end) continue;
      out += text.slice(at, starts[i]) + HIGHLIGHT_START + text.slice(starts[i], ends[i]) + HIGHLIGHT_END;
      at = ends[i]!;
    }
    return out + text.slice(at, ends[w.end - 1]);
  });
}

function join(chosen: Window[], count: number, parts: string[]): string {
  const head = chosen[0]!.start === 0 ? "" : "… ";
  const tail = chosen[chosen.length - 1]!.end === count ? "" : " …";
  return `${head}${parts.join(" … ")}${tail}`;
}

/** Whether a word of the text is one of the terms (a plain ASCII word skips the full word splitter). */
function isHit(word: string, terms: Set<string>, analyser: Analyser): boolean {
  if (/^[A-Za-z0-9]+$/.test(word)) {
    const term = analyser.term(word.toLowerCase());
    return term !== null && terms.has(term);
  }
  return analyser.terms(word).some((t) => t !== null && terms.has(t));
}

// Reused by every call (a snippet is made synchronously): allocating them per summary showed in profiles.
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);
// Whether a UTF-16 code unit is a letter, digit or mark (1) or not (2), by code unit, learnt as met
// (0: not yet): asking the Unicode regex once per character kind, not once per word.
const kinds = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether the character at `i` is part of a word, and how many code units it takes. */
function charAt(text: string, i: number): { word: boolean; size: number } {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    if (kinds[c] === 0) kinds[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return kinds[c] === 1 ? WORD : NOT_WORD;
  }
  // A surrogate pair (an astral character): its code point, asked each time (rare).
  const code = text.codePointAt(i)!;
  return code > 0xffff ? (WORD_CHAR.test(String.fromCodePoint(code)) ? ASTRAL_WORD : ASTRAL) : NOT_WORD;
}
const WORD = { word: true, size: 1 };
const NOT_WORD = { word: false, size: 1 };
const ASTRAL_WORD = { word: true, size: 2 };
const ASTRAL = { word: false, size: 2 };

/**
 * Where the words ([\p{L}\p{N}\p{M}]+) of a text start and end, in arrays valid until the next call.
 * A scan by character codes: the regex's match objects were most of a snippet's cost. With `limit`,
 * only the first `limit` words.
 */
export function wordSpans(text: string, limit = Infinity): { starts: Int32Array; ends: Int32Array; count: number } {
  if (wordStarts.length < text.length + 1) {
    wordStarts = new Int32Array(text.length + 1);
    wordEnds = new Int32Array(text.length + 1);
  }
  const [starts, ends] = [wordStarts, wordEnds];
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length && count < limit;) {
    let word = false;
    let size = 1;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
      else ({ word, size } = charAt(text, i));
    }
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      starts[count] = start;
      ends[count++] = i;
      start = -1;
    }
    i += size;
  }
  return { starts, ends, count };
}
