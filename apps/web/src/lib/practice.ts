import { getPublicPractice, type PracticeDetail } from "@gp/db/practices";
import { publishedTranslation } from "@gp/db/translations";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { type LocalizedText, localizedText, originalLanguage } from "./content";
import { readDb } from "./db";

/** One read per request, shared by the page and its metadata. */
export const loadPractice = cache((slug: string) => getPublicPractice(readDb(), slug));

/** A published practice and its text in a language by the fallback rule (lib/content.ts), or null. */
export const loadLocalizedPractice = cache(
  async (slug: string, locale: Locale): Promise<{ practice: PracticeDetail; text: LocalizedText } | null> => {
    const practice = await loadPractice(slug);
    if (!practice) return null;
    // No translation is read for the original's own language.
    const translation =
      originalLanguage(practice.language) === locale ? null : await publishedTranslation(readDb(), practice.id, locale);
    return { practice, text: localizedText(practice, translation, locale) };
  },
);
