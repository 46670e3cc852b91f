import type { CountryCount, HeadlineCounts } from "../queries/browse";
import type { TopicOption } from "../queries/facet-types";
import { everything } from "../queries/search-filter";
import type { PracticeListItem } from "../queries/search";
import type { Lang } from "./analyser";
import type { SearchEngine } from "./engine";

/** The whole collection's figures: what the home page, the topic list and the country list show. */
export interface Overview {
  counts: HeadlineCounts;
  /** The topic tree, a parent counting its descendants (as the search's topic facet). */
  topics: TopicOption[];
  /** Countries with published practices, most first, then by name. */
  countries: CountryCount[];
}

// Derived once per set of live practices (the store makes a new array after any change).
const overviews = new WeakMap<Int32Array, Overview>();

/**
 * The overview counted from the index: the facets of a search for everything (the counts of all are
 * kept by the facet counter) and the live practices' own topics. At 100k practices the SQL for the
 * same figures took 50–70 ms of PostgreSQL's CPU, and seconds under load.
 */
export function overviewFromIndex(engine: SearchEngine): Overview {
  const store = engine.store;
  const live = store.liveSlots();
  const known = overviews.get(live);
  if (known) return known;
  const { facets } = engine.search(
    everything,
    { page: 1, pageSize: 0 },
    { facets: true, institutionLimit: Number.POSITIVE_INFINITY },
  );
  const { country, institution, awardYear, topic } = facets!;
  const { countries, regions } = store.lookups;
  const regionOf = new Map([...countries.values()].map((c) => [c.slug, regions.get(c.regionId)!]));
  let ownTopics = 0;
  for (const id of store.lookups.topics.keys()) if (store.slotsWithTopic(id).length > 0) ownTopics++;
  const overview: Overview = {
    counts: {
      practices: live.length,
      institutions: institution.length,
      countries: country.length,
      awarded: awardYear.reduce((sum, year) => sum + year.count, 0),
      topics: ownTopics,
    },
    topics: topic,
    countries: country
      .map((c) => {
        const region = regionOf.get(c.slug)!;
        return { slug: c.slug, name: c.name, count: c.count, region: { slug: region.slug, name: region.name } };
      })
      // PostgreSQL's "C" collation for equal counts, as countryCounts orders them.
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  overviews.set(live, overview);
  return overview;
}

/** The most recently awarded practices from the index, in `lang` where translated (as latestAwarded). */
export function latestAwardedFromIndex(engine: SearchEngine, limit: number, lang: Lang): PracticeListItem[] {
  // Newest award first, then implementation year and id, as latestAwarded orders; practices
  // without an award sort last, so the first `limit` hold every awarded one there is room for.
  const { items } = engine.search({ ...everything, lang }, { sort: "newest-award", page: 1, pageSize: limit });
  return items.filter((item) => item.awardYear !== null);
}
