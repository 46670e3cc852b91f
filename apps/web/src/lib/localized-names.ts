import { type LocalizedNames, localizedNames } from "@gp/db/translations";
import { cache } from "react";
import { countryName } from "@/i18n/names";
import type { Locale } from "@/i18n/routing";
import { cached } from "./cache";
import { readDb } from "./db";

/** Names of the taxonomy in a page's language; each falls back to the stored (English) name. */
export interface Namer {
  locale: Locale;
  topic(slug: string, fallback: string): string;
  region(slug: string, fallback: string): string;
  /** By the country's slug (facets, chips) or, with `code`, by its ISO code (cards, pages). */
  country(slug: string, fallback: string, code?: string): string;
}

const english: Namer = {
  locale: "en",
  topic: (_slug, fallback) => fallback,
  region: (_slug, fallback) => fallback,
  country: (_slug, fallback) => fallback,
};

export function namerOf(locale: Locale, names: LocalizedNames): Namer {
  return {
    locale,
    topic: (slug, fallback) => names.topics[slug] ?? fallback,
    region: (slug, fallback) => names.regions[slug] ?? fallback,
    country: (slug, fallback, code) => {
      const iso = code ?? names.countryCodes[slug];
      return iso ? countryName(iso, locale, fallback) : fallback;
    },
  };
}

/**
 * The request's namer: English needs nothing; another language reads its names once per request
 * (React's cache), reused while the database is unchanged (the snapshot cache), so no card or
 * facet value costs a query of its own. `snapshot`, when the request has one (a search's), saves
 * the snapshot cache's own query.
 */
export const loadNamer = cache(async (locale: Locale, snapshot?: string): Promise<Namer> => {
  if (locale === "en") return english;
  const names = await cached(`localizedNames:${locale}`, () => localizedNames(readDb(), locale), snapshot);
  return namerOf(locale, names);
});
