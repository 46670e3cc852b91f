import { distinctionName } from "@gp/db/domain";
import { type Facets, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import type { PracticeDetail } from "@gp/db/practices";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import type { Namer } from "./localized-names";
import { type LocalizedText, originalLanguage, textLanguage } from "./content";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A practice in API lists: `language` is the language of its title and snippet; `url` its page in `locale`. */
export function apiItem(item: PracticeListItem, origin: string, locale: Locale = "en") {
  const language = textLanguage(item);
  return {
    slug: item.slug,
    url: `${origin}${localePath(locale, `/practices/${item.slug}`)}`,
    language,
    title: item.title,
    titleDerived: item.titleDerived,
    snippet: item.snippet.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, ""),
    snippetHtml: escapeHtml(item.snippet).replaceAll(HIGHLIGHT_START, "<mark>").replaceAll(HIGHLIGHT_END, "</mark>"),
    institution: item.institution,
    country: item.country,
    region: item.region,
    implementationYear: item.implementationYear,
    awardYear: item.awardYear,
    awardDistinction: distinctionName(item.awardDistinction),
    topics: item.topics,
  };
}

/**
 * The facets as the API gives them: values with practices, {slug, name, count}, names in the
 * answer's language (English where not translated); years as {year, count}.
 */
export function apiFacets(facets: Facets, namer?: Namer) {
  const values = (
    options: Array<{ slug: string; name: string; count: number }>,
    name: (slug: string, fallback: string) => string = (_slug, fallback) => fallback,
  ) =>
    options
      .filter((o) => o.count > 0)
      .map(({ slug, name: stored, count }) => ({ slug, name: name(slug, stored), count }));
  return {
    topic: values(facets.topic, namer?.topic),
    country: values(facets.country, namer?.country),
    region: values(facets.region, namer?.region),
    implementationYear: facets.implementationYear,
    awardYear: facets.awardYear,
  };
}

/** One practice in full, its title and summary as `text` gives them (the fallback rule), `language` theirs. */
export function apiPractice(practice: PracticeDetail, text: LocalizedText, origin: string, locale: Locale = "en") {
  const { snippet: _snippet, snippetHtml: _html, language: _language, ...item } = apiItem(practice, origin, locale);
  return {
    ...item,
    title: text.title,
    titleDerived: text.titleDerived,
    summary: text.summary,
    language: text.language,
    originalLanguage: originalLanguage(practice.language),
    topics: practice.topicPath,
    curatedAt: practice.curatedAt,
    createdAt: practice.createdAt,
    updatedAt: practice.updatedAt,
    sources: practice.sources,
  };
}
