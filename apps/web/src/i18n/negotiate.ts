import { defaultLocale, isLocale, type Locale, locales } from "./routing";

/** The languages of an Accept-Language header, best first (q-values; ties keep their order). */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 50) // A header is short; a hostile one is not read past this.
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && Number.isFinite(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/** The site's language the header prefers: the first of its languages the site has (fr-CA → fr), else English. */
export function preferredLocale(header: string | null): Locale {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/**
 * What the home page `/` does for a visitor: the remembered language (the cookie) wins; without
 * it the Accept-Language header is read once, and the choice is remembered either way, so the
 * visitor is sent on at most once per choice. Any other address serves its own language.
 */
export function homeDecision(
  cookie: string | undefined,
  acceptLanguage: string | null,
): { locale: Locale; remember: boolean } {
  if (isLocale(cookie)) return { locale: cookie, remember: false };
  return { locale: preferredLocale(acceptLanguage), remember: true };
}

export const otherLocales = locales.filter((l) => l !== defaultLocale);
