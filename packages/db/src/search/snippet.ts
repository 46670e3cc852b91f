import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START } from "../queries/search";
import type { Analyser } from "./analyser";

const MAX_WORDS = 28;

/** The summary as the index holds it: its term ids by word, and the ids of the query's terms. */
export interface IndexedText {
  sequence: Int32Array;
  hits: Set<number>;
}
const MAX_FRAGMENTS = 2;

/**
 * The passages of a summary where the query's terms occur, with those words between HIGHLIGHT
 * marks: up to two fragments of up to 28 words, the ones with the most matches, in text order,
 * with "…" where they cut the text (what ts_headline with MaxFragments=2, MaxWords=28 gave). The
 * start of the summary when no term occurs in it (a practice matching by its title or topics).
 */
export function snippet(summary: string, terms: Set<string>, analyser: Analyser, indexed?: IndexedText): string {
  const flat = summary.replace(/\s+/g, " ").trim();
  const { starts, ends, count } = wordSpans(flat);
  // The index's term ids give each word's term without stemming again, when its words line up with ours.
  const aligned = indexed && indexed.sequence.length === count ? indexed : null;
  const hits: number[] = [];
  for (let i = 0; i < count; i++) {
    const hit = aligned
      ? aligned.hits.has(aligned.sequence[i]!)
      : isHit(flat.slice(starts[i], ends[i]), terms, analyser);
    if (hit) hits.push(i);
  }
  if (hits.length === 0) return excerpt(summary);
  const isHitAt = new Uint8Array(count);
  for (const i of hits) isHitAt[i] = 1;

  // Candidate windows start a little before each hit; keep the best non-overlapping ones.
  const windows = hits.map((hit) => {
    const start = Math.max(0, Math.min(hit - 6, count - MAX_WORDS));
    const end = Math.min(count, start + MAX_WORDS);
    return { start, end, score: hits.filter((h) => h >= start && h < end).length };
  });
  windows.sort((a, b) => b.score - a.score || a.start - b.start);
  const chosen: typeof windows = [];
  for (const w of windows) {
    if (chosen.length === MAX_FRAGMENTS) break;
    if (chosen.every((c) => w.end <= c.start || w.start >= c.end)) chosen.push(w);
  }
  chosen.sort((a, b) => a.start - b.start);

  const fragments = chosen.map((w) => {
    let out = "";
    let at = starts[w.start]!;
    for (let i = w.start; i < w.end; i++) {
      if (isHitAt[i] !== 1) continue;
      out += flat.slice(at, starts[i]) + HIGHLIGHT_START + flat.slice(starts[i], ends[i]) + HIGHLIGHT_END;
      at = ends[i]!;
    }
    return out + flat.slice(at, ends[w.end - 1]);
  });
  const head = chosen[0]!.start === 0 ? "" : "… ";
  const tail = chosen[chosen.length - 1]!.end === count ? "" : " …";
  return `${head}${fragments.join(" … ")}${tail}`;
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
 * A scan by character codes: the regex's match objects were most of a snippet's cost.
 */
export function wordSpans(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  if (wordStarts.length < text.length + 1) {
    wordStarts = new Int32Array(text.length + 1);
    wordEnds = new Int32Array(text.length + 1);
  }
  const [starts, ends] = [wordStarts, wordEnds];
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length;) {
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
