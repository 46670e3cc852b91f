import { type Analyser, analysers, type Lang } from "./analyser";
import { union, unmarked } from "./sorted-sets";
import type { PracticeStore } from "./store";
import type { TextIndex } from "./text-index";
import { type ParsedQuery, parseWebsearch, positiveTerms } from "./websearch";

/** The slots one index matched, with the analyser and the terms that matched them. */
export interface TextPart {
  index: TextIndex;
  analyser: Analyser;
  /** The query's positive terms as this index holds them (ranking, highlights). */
  terms: string[];
  slots: Int32Array;
}

export interface TextMatch {
  /** Every matching live slot, sorted. */
  slots: Int32Array;
  parts: TextPart[];
}

/**
 * The practices a query finds in a language: those translated into it by their translation (with
 * that language's stemming), the others by their original (analysed as English, as the SQL search's
 * search_vector is). Null when the query has no searchable word in either.
 */
export function matchText(store: PracticeStore, q: string, lang: Lang): TextMatch | null {
  const { original, inLanguage } = parse(q, lang);
  if (original.groups.length === 0 && inLanguage.groups.length === 0) return null;
  const translated = store.translated.get(lang);

  let slots = original.groups.length ? store.text.match(original) : new Int32Array(0);
  // A translated practice is found by its translation only.
  if (translated) slots = unmarked(slots, translated.alive);
  const parts: TextPart[] = [{ index: store.text, analyser: analysers.en, terms: positiveTerms(original), slots }];
  if (translated && inLanguage.groups.length) {
    const found = translated.match(inLanguage);
    parts.push({ index: translated, analyser: analysers[lang], terms: positiveTerms(inLanguage), slots: found });
    if (found.length) slots = union(slots, found);
  }
  return { slots, parts };
}

function parse(q: string, lang: Lang): { original: ParsedQuery; inLanguage: ParsedQuery } {
  const original = parseWebsearch(q, analysers.en);
  return { original, inLanguage: lang === "en" ? original : parseWebsearch(q, analysers[lang]) };
}

/** Whether a query has a searchable word for the originals (English) or for translations into `lang`. */
export function searchable(q: string, lang: Lang): boolean {
  const { original, inLanguage } = parse(q, lang);
  return original.groups.length > 0 || inLanguage.groups.length > 0;
}

/** BM25 of each matching slot, by its index in `match.slots`, each from the index that matched it. */
export function matchScores(match: TextMatch): Float32Array {
  const out = new Float32Array(match.slots.length);
  for (const part of match.parts) {
    if (part.slots.length === 0) continue;
    const scores = part.index.scores(part.slots, part.terms);
    // One index matched every slot (English, or a language nothing matched in): the scores as they are.
    if (part.slots.length === match.slots.length) {
      out.set(scores);
      continue;
    }
    // part.slots is a sorted subset of match.slots: one walk places each score.
    for (let i = 0, j = 0; j < part.slots.length; i++) {
      if (match.slots[i] === part.slots[j]) out[i] = scores[j++]!;
    }
  }
  return out;
}

/** The part that matched a slot (the translation's when the slot is translated into the language). */
export function partOf(match: TextMatch, slot: number): TextPart {
  const last = match.parts[match.parts.length - 1]!;
  return last.index.alive[slot] === 1 ? last : match.parts[0]!;
}
