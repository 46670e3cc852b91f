import type { Locale } from "@/i18n/routing";

// One formatter per language for the process: toLocaleString builds a new one on every call.
const numbers = new Map<Locale, Intl.NumberFormat>();
const dates = new Map<Locale, Intl.DateTimeFormat>();

/** 12345 → "12,345" (en), "12 345" (fr), "12.345" (de, es). */
export function formatCount(value: number, locale: Locale = "en"): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** "4 March 2024" (en), "4 mars 2024", "4. März 2024", "4 de marzo de 2024". */
export function formatDate(date: Date, locale: Locale = "en"): string {
  let format = dates.get(locale);
  if (!format)
    dates.set(
      locale,
      (format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      })),
    );
  return format.format(date);
}
