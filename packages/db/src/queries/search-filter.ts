import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { distinctions, type AwardDistinction } from "../domain";
import type { Lang } from "../search/analyser";
import { textMatch } from "./search-language";
import type { ParamIssue, SearchParams, SlugFacet } from "./search-params";

/** The facets a search can filter on, each of which gets disjunctive counts. */
export const facetKeys = [
  "topic",
  "country",
  "region",
  "institution",
  "implementationYear",
  "awardYear",
  "distinction",
] as const;
export type FacetKey = (typeof facetKeys)[number];

/** A search with its slugs resolved to ids. A null list means the facet is not filtered. */
export interface ResolvedFilter {
  /** websearch text; "" searches everything. */
  q: string;
  /** The language searched and shown (translations first, then originals); English when absent. */
  lang?: Lang;
  /** The selected topics and all their descendants (a parent includes its children). */
  topicIds: number[] | null;
  countryIds: number[] | null;
  regionIds: number[] | null;
  institutionIds: number[] | null;
  implementedFrom?: number;
  implementedTo?: number;
  awardYears: number[] | null;
  distinctions: AwardDistinction[] | null;
}

/** A selected filter value with its display name, for chips. */
export interface SelectedValue {
  param: SlugFacet | "implementedFrom" | "implementedTo" | "awardYear" | "distinction";
  value: string;
  name: string;
}

export interface Resolution {
  filter: ResolvedFilter;
  selected: SelectedValue[];
  /** Unknown slugs, one issue per value. */
  issues: ParamIssue[];
}

const nouns: Record<SlugFacet, string> = {
  topic: "topic",
  country: "country",
  region: "region",
  institution: "institution",
};

/** Resolves the slugs of a search to ids in one round trip; unknown slugs become issues. */
export async function resolveFilter(db: Db, params: SearchParams): Promise<Resolution> {
  const slugs = params.topic.length + params.country.length + params.region.length + params.institution.length;
  const rows = slugs
    ? await db.execute<{ kind: SlugFacet; slug: string; name: string; ids: number[] }>(sql`
        with recursive picked as (
          select id, id as root from topics where slug = any(${sql.param(params.topic)}::text[])
          union
          select t.id, picked.root from topics t join picked on t.parent_id = picked.id
        )
        select 'topic' as kind, t.slug, t.name, array_agg(picked.id) as ids
          from picked join topics t on t.id = picked.root group by t.slug, t.name
        union all
        select 'country', slug, name, array[id] from countries where slug = any(${sql.param(params.country)}::text[])
        union all
        select 'region', slug, name, array[id] from regions where slug = any(${sql.param(params.region)}::text[])
        union all
        select 'institution', slug, name, array[id] from institutions where slug = any(${sql.param(params.institution)}::text[])`)
    : [];

  const issues: ParamIssue[] = [];
  const selected: SelectedValue[] = [];
  const ids = (facet: SlugFacet): number[] | null => {
    if (params[facet].length === 0) return null;
    const found = new Set<number>();
    for (const slug of params[facet]) {
      const row = rows.find((r) => r.kind === facet && r.slug === slug);
      if (!row) {
        issues.push({ param: facet, message: `There is no ${nouns[facet]} "${slug}".` });
        continue;
      }
      selected.push({ param: facet, value: slug, name: row.name });
      for (const id of row.ids) found.add(id);
    }
    return found.size ? [...found].sort((a, b) => a - b) : null;
  };

  const filter: ResolvedFilter = {
    q: params.q,
    topicIds: ids("topic"),
    countryIds: ids("country"),
    regionIds: ids("region"),
    institutionIds: ids("institution"),
    ...valueFilters(params, selected),
  };
  return { filter, selected, issues };
}

/**
 * The condition of each filtered facet, over `practices p join institutions i join countries c`.
 * Facets that are not filtered are absent.
 */
export function facetConditions(f: ResolvedFilter): Partial<Record<FacetKey, SQL>> {
  const out: Partial<Record<FacetKey, SQL>> = {};
  if (f.topicIds) out.topic = sql`p.topic_ids && ${sql.param(f.topicIds)}::int[]`;
  if (f.countryIds) out.country = sql`i.country_id = any(${sql.param(f.countryIds)}::int[])`;
  if (f.regionIds) out.region = sql`c.region_id = any(${sql.param(f.regionIds)}::int[])`;
  if (f.institutionIds) out.institution = sql`p.institution_id = any(${sql.param(f.institutionIds)}::int[])`;
  if (f.implementedFrom !== undefined || f.implementedTo !== undefined) {
    out.implementationYear = sql`p.implementation_year between ${f.implementedFrom ?? 1900} and ${f.implementedTo ?? 2200}`;
  }
  if (f.awardYears) out.awardYear = sql`p.award_year = any(${sql.param(f.awardYears)}::int[])`;
  if (f.distinctions)
    out.distinction = sql`p.award_distinction = any(${sql.param(f.distinctions)}::award_distinction[])`;
  return out;
}

/** The text condition (in the filter's language), or null when there is no query. */
export function textCondition(f: Pick<ResolvedFilter, "q" | "lang">): SQL | null {
  return f.q ? textMatch(f.q, f.lang ?? "en") : null;
}

/**
 * The WHERE clause of the published practices that match the text and every filter except
 * those in `except` (disjunctive facet counts leave out their own facet).
 */
export function whereClause(f: ResolvedFilter, except: FacetKey[] = []): SQL {
  const parts: SQL[] = [sql`p.status = 'published'`];
  const text = textCondition(f);
  if (text) parts.push(text);
  for (const [key, condition] of Object.entries(facetConditions(f)) as Array<[FacetKey, SQL]>) {
    if (!except.includes(key)) parts.push(condition);
  }
  return sql.join(parts, sql` and `);
}

/** The joins every search query shares. */
export const searchFrom = sql`practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id`;

/** The filter of all published practices. */
export const everything: ResolvedFilter = {
  q: "",
  topicIds: null,
  countryIds: null,
  regionIds: null,
  institutionIds: null,
  awardYears: null,
  distinctions: null,
};

/** The filter without one facet's selection (what a disjunctive facet counts over). */
export function withoutFacet(filter: ResolvedFilter, facet: FacetKey): ResolvedFilter {
  const out = { ...filter };
  if (facet === "topic") out.topicIds = null;
  if (facet === "country") out.countryIds = null;
  if (facet === "region") out.regionIds = null;
  if (facet === "institution") out.institutionIds = null;
  if (facet === "implementationYear") {
    delete out.implementedFrom;
    delete out.implementedTo;
  }
  if (facet === "awardYear") out.awardYears = null;
  if (facet === "distinction") out.distinctions = null;
  return out;
}

/**
 * The filters that need no lookup (implementation years, award years, distinctions), with their
 * chips added to `selected`: the same for the SQL search and the in-process index.
 */
export function valueFilters(
  params: SearchParams,
  selected: SelectedValue[],
): Pick<ResolvedFilter, "implementedFrom" | "implementedTo" | "awardYears" | "distinctions"> {
  if (params.implementedFrom !== undefined)
    selected.push({
      param: "implementedFrom",
      value: String(params.implementedFrom),
      name: `Implemented from ${params.implementedFrom}`,
    });
  if (params.implementedTo !== undefined)
    selected.push({
      param: "implementedTo",
      value: String(params.implementedTo),
      name: `Implemented until ${params.implementedTo}`,
    });
  for (const year of params.awardYear)
    selected.push({ param: "awardYear", value: String(year), name: `Awarded ${year}` });
  for (const slug of params.distinction)
    selected.push({ param: "distinction", value: slug, name: distinctions.find((d) => d.slug === slug)!.name });
  return {
    implementedFrom: params.implementedFrom,
    implementedTo: params.implementedTo,
    awardYears: params.awardYear.length ? params.awardYear : null,
    distinctions: params.distinction.length
      ? params.distinction.map((slug) => distinctions.find((d) => d.slug === slug)!.value)
      : null,
  };
}
