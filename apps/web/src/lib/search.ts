import { mapCountries } from "@gp/db/practices";
import { type ParsedSearchParams, runSearch, type SearchOutcome } from "@gp/db/search";
import { cached, publicCache } from "./cache";
import { readDb } from "./db";
import { searchEngine } from "./engine";
import { MORE_INSTITUTIONS, TOP_VALUES } from "./facet-lists";
import type { Expandable } from "./search-url";

/** The search page's data: the search with its facets, and the countries for the map when it is shown. */
export async function loadSearchPage(
  parsed: ParsedSearchParams,
  more: Expandable[],
): Promise<{ outcome: SearchOutcome; countries: Awaited<ReturnType<typeof mapCountries>> }> {
  const db = readDb();
  // One institution past the panel's list tells whether it has more to show.
  const institutionLimit = more.includes("institution") ? MORE_INSTITUTIONS : TOP_VALUES + 1;
  const [outcome, countries] = await Promise.all([
    runSearch(db, parsed, { facets: true, engine: searchEngine(), cache: publicCache, institutionLimit }),
    // The map's countries, when the page shows the map.
    more.includes("map") ? cached("mapCountries", () => mapCountries(db)) : [],
  ]);
  return { outcome, countries };
}
