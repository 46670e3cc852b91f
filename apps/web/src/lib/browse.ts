import { parseSearchParams, runSearch } from "@gp/db/search";
import type { Locale } from "@/i18n/routing";
import { publicCache } from "./cache";
import { readDb } from "./db";
import { searchOptions } from "./search";

/** A browse page's practices: the search with one fixed filter, paged by ?page=N. */
export async function browsePractices(
  filter: Record<string, string>,
  rawPage: string | string[] | undefined,
  locale: Locale = "en",
) {
  const parsed = parseSearchParams({ ...filter, page: rawPage });
  // A bad page number falls back to the first page here; the search page explains such errors.
  return (
    await runSearch(readDb(), { params: parsed.params, issues: [] }, searchOptions(locale, { cache: publicCache }))
  ).results;
}
