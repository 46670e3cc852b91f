import { type Locale, locales } from "./routing";

/** A path of the site in a language: English unprefixed, the others under /fr, /de, /es. */
export function localePath(locale: Locale, path: string): string {
  if (locale === "en") return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/** The language of a path and the path without it: "/fr/practices" → fr, "/practices". */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  const prefix = match?.[1];
  if (match && prefix && (locales as readonly string[]).includes(prefix))
    return { locale: prefix as Locale, rest: match[2] || "/" };
  return { locale: null, rest: pathname };
}

/**
 * A page's canonical address and its hreflang alternates (x-default is English), as Next.js
 * metadata: absolute once the layout sets metadataBase.
 */
export function alternates(locale: Locale, path: string) {
  return {
    canonical: localePath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, localePath(l, path)])),
      "x-default": path,
    },
  };
}
