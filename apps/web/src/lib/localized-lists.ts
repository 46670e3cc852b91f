import { excerpt, type PracticeListItem } from "@gp/db/search";
import { publishedTexts } from "@gp/db/translations";
import type { Locale } from "@/i18n/routing";
import { localizedText } from "./content";
import { readDb } from "./db";

/**
 * A list of practices that did not come from the search (the home page's latest), in a page's
 * language by the fallback rule: one query for the list. Each item gets `language`, the language
 * its title and snippet are in, as the search gives it.
 */
export async function translatedList(
  items: PracticeListItem[],
  locale: Locale,
): Promise<Array<PracticeListItem & { language: Locale }>> {
  const texts = await publishedTexts(
    readDb(),
    items.map((i) => i.slug),
    locale,
  );
  return items.map((item) => {
    const text = texts.get(item.slug);
    const shown = localizedText(
      { title: item.title, titleDerived: item.titleDerived, summary: item.snippet, language: text?.language ?? null },
      text?.translation ?? null,
      locale,
    );
    return {
      ...item,
      title: shown.title,
      titleDerived: shown.titleDerived,
      snippet: shown.translated ? excerpt(shown.summary, 400) : item.snippet,
      language: shown.language,
    };
  });
}
