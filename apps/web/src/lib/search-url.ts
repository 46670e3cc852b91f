import { type RawSearchParams, type SearchParams, toQueryString } from "@gp/db/search";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";

/**
 * The search page's own part of its URL state: `more`, the long lists shown in full (a "show more"
 * link sets it, so it works without JavaScript, as InstantSearch's showMore): the topic, country,
 * institution and award-year facets, and the map of the matching practices (a long list too: one
 * link per country, and its table). It changes what the page lists, never what the search finds:
 * the API, the downloads and the feed ignore it.
 */
export const expandable = ["topic", "country", "institution", "year", "map"] as const;
export type Expandable = (typeof expandable)[number];

/** The search page's state: the search, and which facet lists are shown in full. */
export interface PageState {
  params: SearchParams;
  more: Expandable[];
  /** The page's language (its links stay in it); English when unset. */
  locale?: Locale;
}

/** `more` from the query string: known names only (comma-separated or repeated), in a fixed order. */
export function parseMore(input: RawSearchParams): Expandable[] {
  const values =
    input instanceof URLSearchParams ? input.getAll("more") : [input.more].flat().filter((v) => typeof v === "string");
  const given = new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()));
  return expandable.filter((facet) => given.has(facet));
}

/** `more` with one facet shown in full or not. */
export function toggled(more: Expandable[], facet: Expandable): Expandable[] {
  return expandable.filter((f) => (f === facet ? !more.includes(f) : more.includes(f)));
}

/**
 * The canonical query string of the page (the search's, then `more`), for every link that keeps
 * the page's state: chips, pagination, "show more", the map, the spelling suggestion.
 */
export function pageQuery(
  { params, more }: Pick<PageState, "params" | "more">,
  overrides: Partial<SearchParams> = {},
  moreOverride: Expandable[] = more,
): string {
  const query = toQueryString(params, overrides);
  if (moreOverride.length === 0) return query;
  return `${query ? `${query}&` : "?"}more=${moreOverride.join(",")}`;
}

/** The page's address for a state: `/practices?…`, `/fr/practices?…`. */
export function pageHref(state: PageState, overrides?: Partial<SearchParams>, more?: Expandable[]): string {
  return `${localePath(state.locale ?? "en", "/practices")}${pageQuery(state, overrides, more)}`;
}

/**
 * True when two query strings hold the same values for each parameter, in whatever order the
 * parameters come and however they are escaped: a form lists its fields in its own order, and a
 * redirect only for that would cost the reader the focus (see components/auto-submit.tsx).
 */
export function sameQuery(a: string, b: string): boolean {
  const sorted = (query: string) => {
    const params = new URLSearchParams(query);
    params.sort(); // stable: the values of one parameter keep their order
    return params.toString();
  };
  return sorted(a) === sorted(b);
}
