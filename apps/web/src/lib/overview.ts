import { collectionOverview, latestAwardedPractices } from "@gp/db/practices";
import type { Locale } from "@/i18n/routing";
import { publicCache } from "./cache";
import { readDb } from "./db";
import { searchEngine } from "./engine";

/** The whole collection's figures: from the search index when it is current, else SQL (cached). */
export const siteOverview = () => collectionOverview(readDb(), { engine: searchEngine(), cache: publicCache });

/** The latest awarded practices in the page's language by the fallback rule, as the search lists them. */
export const latestAwarded = (limit: number, locale: Locale) =>
  latestAwardedPractices(readDb(), limit, locale, { engine: searchEngine(), cache: publicCache });
