import type { Locale } from "./routing";

// Names that CLDR knows come from the runtime's ICU data (Node ships full ICU): never hand lists.
const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

function displayNames(cache: Map<string, Intl.DisplayNames>, locale: string, type: "region" | "language") {
  let names = cache.get(locale);
  if (!names) cache.set(locale, (names = new Intl.DisplayNames([locale], { type, fallback: "none" })));
  return names;
}

// CLDR's country names by locale and code ("" where CLDR has none): a search's country facet names
// some two hundred countries, and asking Intl.DisplayNames for each on every request was ~2% of a
// French API search's CPU. The runtime's data never changes, and there are at most 26 × 26 codes per locale.
const countryNames = new Map<string, Map<string, string>>();

/** A country's name in a language, by its ISO 3166-1 alpha-2 code; `fallback` (the stored English name) when CLDR has none. */
export function countryName(code: string, locale: Locale, fallback: string): string {
  if (locale === "en") return fallback;
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Map()));
  let name = names.get(code);
  if (name === undefined) {
    // Only codes of two capitals are asked and kept, so the map stays bounded whatever `code` is.
    if (!/^[A-Z]{2}$/.test(code)) return fallback;
    names.set(code, (name = displayNames(regionNames, locale, "region").of(code) ?? ""));
  }
  return name || fallback;
}

/** A language's name in that language, capitalised as in a menu: "Français", "Deutsch". */
export function languageName(locale: Locale, inLocale: string = locale): string {
  const name = displayNames(languageNames, inLocale, "language").of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}

/** A language's name as a sentence in another language says it: "anglais" in French, "Englisch" in German. */
export function languageNameIn(locale: Locale, inLocale: Locale): string {
  return displayNames(languageNames, inLocale, "language").of(locale) ?? locale;
}
