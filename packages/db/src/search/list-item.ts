import type { PracticeListItem } from "../queries/search";
import { excerpt } from "../queries/search";
import { derivedTitle } from "../text";
import type { Analyser } from "./analyser";
import { type IndexedText, snippet } from "./snippet";
import { type PracticeStore, SUMMARY_FIELD } from "./store";

// PostgreSQL's "C" collation: by code points, as the list's topics were ordered.
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A search result as the pages and the API show it, from memory. */
export function listItem(
  store: PracticeStore,
  slot: number,
  terms: Set<string> | null,
  analyser: Analyser,
): PracticeListItem {
  const row = store.rows[slot]!;
  const { institutions, countries, regions, topics } = store.lookups;
  const inst = institutions.get(row.institutionId)!;
  const country = countries.get(inst.countryId)!;
  const region = regions.get(country.regionId)!;
  return {
    slug: row.slug,
    title: row.title ?? derivedTitle(row.summary),
    titleDerived: row.title === null,
    snippet: terms ? snippet(row.summary, terms, analyser, indexedSummary(store, slot, terms)) : excerpt(row.summary),
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

function indexedSummary(store: PracticeStore, slot: number, terms: Set<string>): IndexedText | undefined {
  const sequence = store.text.fieldTerms(slot, SUMMARY_FIELD);
  if (!sequence) return undefined;
  const hits = new Set<number>();
  for (const term of terms) {
    const id = store.text.termId(term);
    if (id !== undefined) hits.add(id);
  }
  return { sequence, hits };
}
