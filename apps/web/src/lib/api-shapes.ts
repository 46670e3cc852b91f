import { distinctionName } from "@gp/db/domain";
import { type Facets, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import type { PracticeDetail } from "@gp/db/practices";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A practice in API lists. */
export function apiItem(item: PracticeListItem, origin: string) {
  return {
    slug: item.slug,
    url: `${origin}/practices/${item.slug}`,
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

/** The facets as the API gives them: values with practices, {slug, name, count}; years as {year, count}. */
export function apiFacets(facets: Facets) {
  const values = (options: Array<{ slug: string; name: string; count: number }>) =>
    options.filter((o) => o.count > 0).map(({ slug, name, count }) => ({ slug, name, count }));
  return {
    topic: values(facets.topic),
    country: values(facets.country),
    region: values(facets.region),
    implementationYear: facets.implementationYear,
    awardYear: facets.awardYear,
  };
}

/** One practice in full. */
export function apiPractice(practice: PracticeDetail, origin: string) {
  const { snippet: _snippet, snippetHtml: _html, ...item } = apiItem(practice, origin);
  return {
    ...item,
    summary: practice.summary,
    language: practice.language,
    topics: practice.topicPath,
    curatedAt: practice.curatedAt,
    createdAt: practice.createdAt,
    updatedAt: practice.updatedAt,
    sources: practice.sources,
  };
}
