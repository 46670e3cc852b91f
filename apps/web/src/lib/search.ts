import { mapCountries } from "@gp/db/practices";
import { type ParsedSearchParams, runSearch, type SearchOutcome } from "@gp/db/search";
import { cached, publicCache } from "./cache";
import { readDb } from "./db";

/** The search page's data: the search with its facets, and the countries for the map. */
export async function loadSearchPage(
  parsed: ParsedSearchParams,
): Promise<{ outcome: SearchOutcome; countries: Awaited<ReturnType<typeof mapCountries>> }> {
  const db = readDb();
  const [outcome, countries] = await Promise.all([
    runSearch(db, parsed, { facets: true, cache: publicCache, institutionLimit: 15 }),
    cached("mapCountries", () => mapCountries(db)),
  ]);
  return { outcome, countries };
}
