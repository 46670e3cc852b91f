import { z } from "zod";
import { distinctionSlugs, type DistinctionSlug } from "../domain";

/**
 * The public search's query string, parsed in one place for the search page, the API, the
 * downloads and the feed. Unknown parameters are ignored; an invalid value is dropped and reported
 * as an issue naming the parameter (the page shows it, the API answers 400).
 */

export const MAX_QUERY_LENGTH = 300;
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_VALUES = 50;

export const sorts = [
  { value: "relevance", name: "Relevance" },
  { value: "newest-award", name: "Newest award" },
  { value: "newest-implementation", name: "Newest implementation" },
] as const;
export type Sort = (typeof sorts)[number]["value"];
const sortValues = sorts.map((s) => s.value) as [Sort, ...Sort[]];

/** The facets whose values are slugs of rows in the database. */
export const slugFacets = ["topic", "country", "region", "institution"] as const;
export type SlugFacet = (typeof slugFacets)[number];

export interface SearchParams {
  /** websearch syntax; "" when absent. */
  q: string;
  topic: string[];
  country: string[];
  region: string[];
  institution: string[];
  /** Implementation year range, inclusive. */
  implementedFrom?: number;
  implementedTo?: number;
  awardYear: number[];
  distinction: DistinctionSlug[];
  /** Absent means the default: relevance with a query, newest award without. */
  sort?: Sort;
  page: number;
  pageSize: number;
}

export interface ParamIssue {
  /** The query-string parameter, e.g. "awardYear". */
  param: string;
  message: string;
}

export interface ParsedSearchParams {
  params: SearchParams;
  issues: ParamIssue[];
}

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const year = z.coerce.number().int().min(1900).max(2200);

const single = {
  q: z.string().max(MAX_QUERY_LENGTH),
  implementedFrom: year,
  implementedTo: year,
  sort: z.enum(sortValues),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
} as const;

const multi = {
  topic: slug,
  country: slug,
  region: slug,
  institution: slug,
  awardYear: year,
  distinction: z.enum(distinctionSlugs),
} as const;

/** What a valid value looks like, for the messages. */
const expected: Record<keyof typeof single | keyof typeof multi, string> = {
  q: `at most ${MAX_QUERY_LENGTH} characters`,
  implementedFrom: "a year between 1900 and 2200",
  implementedTo: "a year between 1900 and 2200",
  sort: `one of ${sortValues.join(", ")}`,
  page: `a whole number from 1 to ${MAX_PAGE}`,
  pageSize: `a whole number from 1 to ${MAX_PAGE_SIZE}`,
  topic: "a topic slug such as old-age-pensions",
  country: "a country slug such as paraguay",
  region: "a region slug such as americas",
  institution: "an institution slug",
  awardYear: "a year between 1900 and 2200",
  distinction: `one of ${distinctionSlugs.join(", ")}`,
};

/** Every value of every parameter, trimmed; empty values count as absent (an "Any" select submits one). */
function valuesOf(input: RawSearchParams): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed) map.set(key, [...(map.get(key) ?? []), trimmed]);
  };
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else {
    for (const [key, value] of Object.entries(input)) {
      // Only strings: Next.js builds this object with plain assignment, so a repeated parameter named
      // like an Object.prototype method ("valueOf") arrives as [that function, "…"].
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") add(key, v);
    }
  }
  return map;
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Parses a search query string; never throws. */
export function parseSearchParams(input: RawSearchParams): ParsedSearchParams {
  const raw = valuesOf(input);
  const issues: ParamIssue[] = [];
  const params: SearchParams = {
    q: "",
    topic: [],
    country: [],
    region: [],
    institution: [],
    awardYear: [],
    distinction: [],
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };

  for (const key of Object.keys(single) as Array<keyof typeof single>) {
    const value = raw.get(key)?.[0];
    if (value === undefined) continue;
    const result = single[key].safeParse(value);
    if (key === "q" && value.includes("\u0000")) {
      // PostgreSQL text cannot hold a NUL: the query would fail, not just find nothing.
      issues.push({ param: key, message: "The search text contains a NUL character (%00); remove it." });
    } else if (result.success) {
      (params as unknown as Record<string, unknown>)[key] = result.data;
    } else if (key === "q") {
      issues.push({
        param: key,
        message: `The search text is too long (${value.length} characters); use ${expected.q}.`,
      });
    } else {
      issues.push({ param: key, message: `${key} must be ${expected[key]}; "${shown(value)}" is not.` });
    }
  }

  for (const key of Object.keys(multi) as Array<keyof typeof multi>) {
    // Several values come as repeated parameters (what a form sends) or comma-separated.
    const values = [
      ...new Set(
        (raw.get(key) ?? [])
          .flatMap((v) => v.split(","))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > MAX_VALUES) {
      issues.push({ param: key, message: `${key} takes at most ${MAX_VALUES} values.` });
      continue;
    }
    const valid: unknown[] = [];
    for (const value of values) {
      const result = multi[key].safeParse(key === "awardYear" ? value : value.toLowerCase());
      if (result.success) valid.push(result.data);
      else issues.push({ param: key, message: `${key} must be ${expected[key]}; "${shown(value)}" is not.` });
    }
    (params as unknown as Record<string, unknown>)[key] = valid;
  }

  if (
    params.implementedFrom !== undefined &&
    params.implementedTo !== undefined &&
    params.implementedFrom > params.implementedTo
  ) {
    issues.push({
      param: "implementedTo",
      message: `implementedTo (${params.implementedTo}) is before implementedFrom (${params.implementedFrom}); it was ignored.`,
    });
    delete params.implementedTo;
  }
  return { params, issues };
}

/** The sort in effect: the chosen one, else relevance when there is a query and newest award otherwise. */
export function effectiveSort(params: Pick<SearchParams, "q" | "sort">): Sort {
  return params.sort ?? (params.q ? "relevance" : "newest-award");
}

/** True when any filter (not the query, sort or page) is set. */
export function hasFilters(params: SearchParams): boolean {
  return (
    params.topic.length +
      params.country.length +
      params.region.length +
      params.institution.length +
      params.awardYear.length +
      params.distinction.length >
      0 ||
    params.implementedFrom !== undefined ||
    params.implementedTo !== undefined
  );
}

/**
 * The canonical query string of a search (repeated parameters, defaults left out), for links:
 * facet options, chips, pagination, downloads, the feed.
 */
export function toQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const p = { ...params, ...overrides };
  const out = new URLSearchParams();
  if (p.q) out.set("q", p.q);
  for (const key of slugFacets) for (const value of p[key]) out.append(key, value);
  if (p.implementedFrom !== undefined) out.set("implementedFrom", String(p.implementedFrom));
  if (p.implementedTo !== undefined) out.set("implementedTo", String(p.implementedTo));
  for (const value of p.awardYear) out.append("awardYear", String(value));
  for (const value of p.distinction) out.append("distinction", value);
  if (p.sort) out.set("sort", p.sort);
  if (p.page > 1) out.set("page", String(p.page));
  if (p.pageSize !== DEFAULT_PAGE_SIZE) out.set("pageSize", String(p.pageSize));
  const text = out.toString();
  return text ? `?${text}` : "";
}
