import { mapCountries } from "@gp/db/queries/browse";
import { runSearch, type SearchOutcome } from "@gp/db/queries/public-search";
import { parseSearchParams, type RawSearchParams } from "@gp/db/queries/search-params";
import { readDb } from "./db";

/** The search page's data: the search with its facets, and the countries for the map. */
export async function loadSearchPage(raw: RawSearchParams): Promise<{ outcome: SearchOutcome; countries: Awaited<ReturnType<typeof mapCountries>> }> {
  const db = readDb();
  const [outcome, countries] = await Promise.all([runSearch(db, parseSearchParams(raw), { facets: true }), mapCountries(db)]);
  return { outcome, countries };
}
