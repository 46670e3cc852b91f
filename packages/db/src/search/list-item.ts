import type { PracticeListItem } from "../queries/search";
import { excerpt } from "../queries/search";
import { derivedTitle } from "../text";
import type { Lang } from "./analyser";
import { type IndexedText, snippet } from "./snippet";
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
      ? snippet(summary, new Set(part.terms), part.analyser, indexedSummary(part.index, slot, part.terms))
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

function indexedSummary(index: TextIndex, slot: number, terms: string[]): IndexedText | undefined {
  const sequence = index.fieldTerms(slot, SUMMARY_FIELD);
  if (!sequence) return undefined;
  const hits = new Set<number>();
  for (const term of terms) {
    const id = index.termId(term);
    if (id !== undefined) hits.add(id);
  }
  return { sequence, hits };
}
