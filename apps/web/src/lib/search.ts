import { mapCountries } from "@gp/db/practices";
import { type ParsedSearchParams, type RunSearchOptions, runSearch, type SearchOutcome } from "@gp/db/search";
import { cached, publicCache } from "./cache";
import { readDb } from "./db";
import { searchEngine } from "./engine";
import { MORE_INSTITUTIONS, TOP_VALUES } from "./facet-lists";
import type { Expandable } from "./search-url";
import type { Locale } from "@/i18n/routing";

/** The search page's data: the search with its facets, and the countries for the map when it is shown. */
export async function loadSearchPage(
  parsed: ParsedSearchParams,
  more: Expandable[],
  locale: Locale = "en",
): Promise<{ outcome: SearchOutcome; countries: Awaited<ReturnType<typeof mapCountries>> }> {
  const db = readDb();
  // One institution past the panel's list tells whether it has more to show.
  const institutionLimit = more.includes("institution") ? MORE_INSTITUTIONS : TOP_VALUES + 1;
  const [outcome, countries] = await Promise.all([
    runSearch(db, parsed, searchOptions(locale, { facets: true, cache: publicCache, institutionLimit })),
    // The map's countries, when the page shows the map.
    more.includes("map") ? cached("mapCountries", () => mapCountries(db)) : [],
  ]);
  return { outcome, countries };
}

/**
 * The search's options in a language: `lang` makes the engine search that language's text (its
 * stemming, the published translations in it and the originals of practices without one) and say
 * which language each item's text is in.
 */
export function searchOptions<T extends RunSearchOptions>(
  locale: Locale,
  options: T,
): T & { lang: Locale; engine: ReturnType<typeof searchEngine> } {
  return { ...options, engine: searchEngine(), lang: locale };
}
