import { derivedTitle } from "@gp/db/text";
import { defaultLocale, isLocale, type Locale } from "@/i18n/routing";

/**
 * The language a practice's original text is in: its `language` when it is one of the site's four,
 * English when unset (the ISSA listing export is English) or unknown.
 */
export function originalLanguage(language: string | null | undefined): Locale {
  const code = language?.trim().toLowerCase().slice(0, 2);
  return isLocale(code) ? code : defaultLocale;
}

/**
 * The language of a listed practice's title and snippet, as the search gave them: a published
 * translation in the page's language, or the original (see @gp/db/search's PracticeListItem).
 */
export function textLanguage(item: object): Locale {
  return "language" in item && typeof item.language === "string" ? originalLanguage(item.language) : defaultLocale;
}

/** A practice's text as a page in `locale` shows it. */
export interface LocalizedText {
  title: string;
  titleDerived: boolean;
  summary: string;
  /** The language title and summary are in. */
  language: Locale;
  /** True when they are a published translation into `locale`. */
  translated: boolean;
}

/**
 * The fallback rule: the published translation into the page's language when there is one (its
 * title, or one taken from its summary when it has none); otherwise the original, in its own
 * language, which the page marks with `lang` and a notice when it is not the page's.
 */
export function localizedText(
  original: { title: string; titleDerived: boolean; summary: string; language: string | null },
  translation: { title: string | null; summary: string } | null,
  locale: Locale,
): LocalizedText {
  const language = originalLanguage(original.language);
  if (translation && language !== locale)
    return {
      title: translation.title ?? derivedTitle(translation.summary),
      titleDerived: translation.title === null,
      summary: translation.summary,
      language: locale,
      translated: true,
    };
  return {
    title: original.title,
    titleDerived: original.titleDerived,
    summary: original.summary,
    language,
    translated: false,
  };
}
