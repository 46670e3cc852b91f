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
  const words = [...flat.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  // The index's term ids give each word's term without stemming again, when its words line up with ours.
  const aligned = indexed && indexed.sequence.length === words.length ? indexed : null;
  const tokens = words.map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    hit: aligned ? aligned.hits.has(aligned.sequence[i]!) : isHit(m[0], terms, analyser),
  }));
  const hits = tokens.flatMap((t, i) => (t.hit ? [i] : []));
  if (hits.length === 0) return excerpt(summary);

  // Candidate windows start a little before each hit; keep the best non-overlapping ones.
  const windows = hits.map((hit) => {
    const start = Math.max(0, Math.min(hit - 6, tokens.length - MAX_WORDS));
    const end = Math.min(tokens.length, start + MAX_WORDS);
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
    let at = tokens[w.start]!.start;
    for (let i = w.start; i < w.end; i++) {
      const t = tokens[i]!;
      if (!t.hit) continue;
      out += flat.slice(at, t.start) + HIGHLIGHT_START + flat.slice(t.start, t.end) + HIGHLIGHT_END;
      at = t.end;
    }
    return out + flat.slice(at, tokens[w.end - 1]!.end);
  });
  const head = chosen[0]!.start === 0 ? "" : "… ";
  const tail = chosen[chosen.length - 1]!.end === tokens.length ? "" : " …";
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
