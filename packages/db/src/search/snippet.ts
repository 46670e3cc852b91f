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

// Any character but printable ASCII: the text goes through the full word regex.
const NOT_PLAIN = /[^\x20-\x7e]/;

/**
 * Where the words ([\p{L}\p{N}\p{M}]+) of a text start and end. A printable ASCII text (most summaries) is
 * scanned by character codes: the regex's match objects were most of a snippet's cost.
 */
export function wordSpans(text: string): { starts: Int32Array; ends: Int32Array; count: number } {
  const starts = new Int32Array((text.length >> 1) + 1);
  const ends = new Int32Array(starts.length);
  let count = 0;
  if (NOT_PLAIN.test(text)) {
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      starts[count] = m.index;
      ends[count++] = m.index + m[0].length;
    }
    return { starts, ends, count };
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      starts[count] = start;
      ends[count++] = i;
      start = -1;
    }
  }
  return { starts, ends, count };
}
