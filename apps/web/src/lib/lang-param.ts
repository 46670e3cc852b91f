import type { ParamIssue } from "@gp/db/search";
import { z } from "zod";
import { type Locale, locales } from "@/i18n/routing";

const langSchema = z.enum(locales).default("en");

/**
 * The `lang` parameter of the API and the downloads: the language their texts are wanted in (the
 * published translation, else the original, each answer saying which). English by default.
 */
export function parseLang(query: URLSearchParams): { locale: Locale } | { issue: ParamIssue } {
  const values = query.getAll("lang");
  const parsed = langSchema.safeParse(values.length > 1 ? null : values[0]);
  if (parsed.success) return { locale: parsed.data };
  return { issue: { param: "lang", message: `lang must be one of ${locales.join(", ")}, given once.` } };
}
