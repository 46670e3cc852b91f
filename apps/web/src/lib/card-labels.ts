import { getTranslations } from "next-intl/server";
import type { CardLabels } from "@/components/result-cards";
import { languageNameIn } from "@/i18n/names";
import { localePath } from "@/i18n/paths";
import { type Locale, locales } from "@/i18n/routing";
import type { CardContext } from "./card-data";
import { loadNamer } from "./localized-names";

/** "Not yet available in French; shown in English." for each language a text may be shown in. */
export async function contentNotices(locale: Locale): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: "content" });
  return Object.fromEntries(
    locales
      .filter((l) => l !== locale)
      .map((l) => [l, t("notice", { language: languageNameIn(locale, locale), original: languageNameIn(l, locale) })]),
  );
}

/**
 * What the result cards need in a language: their words, links and names (one read of the names per
 * request); and the notices of a practice's page shown in another language.
 */
export async function cardSetup(
  locale: Locale,
): Promise<{ labels: CardLabels; context: CardContext; notices: Record<string, string> }> {
  const [t, td, namer, notices] = await Promise.all([
    getTranslations({ locale, namespace: "card" }),
    getTranslations({ locale, namespace: "distinctions" }),
    loadNamer(locale),
    contentNotices(locale),
  ]);
  // A card says it in a few words, as twenty cards may say it on one page: "In English, not yet translated."
  const untranslated = Object.fromEntries(
    locales.filter((l) => l !== locale).map((l) => [l, t("untranslated", { original: languageNameIn(l, locale) })]),
  );
  return {
    labels: {
      practices: localePath(locale, "/practices"),
      topics: localePath(locale, "/topics"),
      derived: t("derived"),
      implemented: t("implemented", { year: "{year}" }),
      topicsLabel: t("topics"),
      more: t("more", { n: "{n}" }),
      untranslated,
    },
    notices,
    context: {
      locale,
      namer,
      award: (distinction, year) =>
        distinction && td.has(distinction) ? `${td(distinction)} ${year}` : t("awarded", { year: String(year) }),
    },
  };
}
