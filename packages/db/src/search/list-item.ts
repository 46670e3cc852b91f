import type { PracticeListItem } from "../queries/search";
import { excerpt } from "../queries/search";
import { derivedTitle } from "../text";
import type { Lang } from "./analyser";
import { aligns, type IndexedText, snippet } from "./snippet";
import { type PracticeStore, SUMMARY_FIELD } from "./store";
import type { TextIndex } from "./text-index";
import type { TextPart } from "./text-match";

// PostgreSQL's "C" collation: by code points, as the list's topics were ordered.
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * A search result as the pages and the API show it, from memory: in `lang` when the practice is
 * translated into it, else in its original. `part` is the index that matched it, for highlights.
 */
export function listItem(store: PracticeStore, slot: number, lang: Lang, part: TextPart | null): PracticeListItem {
  const row = store.rows[slot]!;
  const translation = row.translations?.[lang];
  const { title, summary } = translation ?? row;
  const { institutions, countries, regions, topics } = store.lookups;
  const inst = institutions.get(row.institutionId)!;
  const country = countries.get(inst.countryId)!;
  const region = regions.get(country.regionId)!;
  return {
    slug: row.slug,
    title: title ?? derivedTitle(summary),
    titleDerived: title === null,
    language: translation ? lang : row.language,
    snippet: part
      ? snippet(summary, new Set(part.terms), part.analyser, indexedSummary(part.index, slot, summary, part.terms))
      : excerpt(summary),
    institution: { slug: inst.slug, name: inst.name, acronym: inst.acronym },
    country: { slug: country.slug, name: country.name, code: country.code },
    region: { slug: region.slug, name: region.name },
    implementationYear: row.implementationYear,
    awardYear: row.awardYear,
    awardDistinction: row.awardDistinction,
    topics: row.topicIds
      .flatMap((id) => {
        const t = topics.get(id);
        return t ? [{ slug: t.slug, name: t.name }] : [];
      })
      .sort(byName),
  };
}

// Whether each slot's summary lines up with its term ids in an index (1 yes, 2 no, 0 not known
// yet), learnt at its first snippet: a slot's text never changes (an update takes a new slot).
const alignment = new WeakMap<TextIndex, Uint8Array>();

/** The summary's term ids and the query's, when they line up with its words (else the snippet stems each word). */
function indexedSummary(index: TextIndex, slot: number, summary: string, terms: string[]): IndexedText | undefined {
  const sequence = index.fieldTerms(slot, SUMMARY_FIELD);
  if (!sequence) return undefined;
  let known = alignment.get(index);
  if (!known || known.length <= slot) {
    const grown = new Uint8Array(Math.max(slot + 1, (known?.length ?? 0) * 2));
    if (known) grown.set(known);
    alignment.set(index, (known = grown));
  }
  if (known[slot] === 0) known[slot] = aligns(summary, sequence) ? 1 : 2;
  if (known[slot] === 2) return undefined;
  const hits: number[] = [];
  for (const term of terms) {
    const id = index.termId(term);
    if (id !== undefined) hits.push(id);
  }
  return { sequence, hits };
}
