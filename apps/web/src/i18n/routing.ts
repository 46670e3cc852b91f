import { defineRouting } from "next-intl/routing";

/** ISSA's four working languages. English keeps the unprefixed addresses; the others live under /fr, /de, /es. */
export const locales = ["en", "fr", "de", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * next-intl's routing, composed into src/proxy.ts. Its own negotiation is off: only `/` negotiates
 * (src/i18n/negotiate.ts), and every other unprefixed address is English whatever the headers or
 * the cookie say, so links stay stable. The proxy keeps the cookie itself, for the same reason; the
 * hreflang alternates are in each page's <head> (src/i18n/paths.ts), not in a Link header.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
});

/** The cookie that remembers a visitor's language (next-intl's name for it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
