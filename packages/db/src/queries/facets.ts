import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import {
  type FacetKey,
  facetConditions,
  type ResolvedFilter,
  searchFrom,
  textCondition,
  withoutFacet,
} from "./search-filter";
import { distinctions } from "../domain";
import type { Sort } from "./search-params";
import { textRank } from "./search-language";
import type { FacetOptions, Facets, PassOptions, SearchPass, TopicOption, YearCount } from "./facet-types";
import { descendants, loadTopics, type TopicNode, topicOptions } from "./topic-facet-tree";

export type { FacetOptions, Facets, FacetOption, PassOptions, SearchPass, TopicOption, YearCount } from "./facet-types";

const groupedFacets = ["country", "region", "institution", "implementationYear", "awardYear", "distinction"] as const;
type GroupedFacet = (typeof groupedFacets)[number];

/** The column of each grouped facet in the pass's rows. */
const column: Record<GroupedFacet, string> = {
  country: "country",
  region: "region",
  institution: "inst",
  implementationYear: "iy",
  awardYear: "ay",
  distinction: "ad",
};

type PassRow = {
  kind: string;
  facet: string | null;
  key: string | null;
  n: number;
  slug: string | null;
  name: string | null;
};

interface PassPlan {
  /** The facets to count. */
  wanted: Set<FacetKey>;
  /** True: count each facet over the rows matching every other filter (one scan of their union). */
  disjunctive: boolean;
  page: { sort: Sort; page: number; pageSize: number } | null;
}

const allFacets: FacetKey[] = ["topic", ...groupedFacets];

/**
 * One statement and one scan over the published practices matching the query. Disjunctive: the
 * rows go into a CTE with a flag per active filter, a row failing two or more filters is dropped
 * at once, and facet F counts the rows that pass every filter but F's. Strict: only rows passing
 * every filter are read. The page and the total come from the rows that pass every filter.
 */
async function pass(db: Db, filter: ResolvedFilter, topics: TopicNode[], plan: PassPlan): Promise<PassRow[]> {
  const conditions = facetConditions(filter);
  const filtered = Object.keys(conditions) as FacetKey[];
  const active = plan.disjunctive ? filtered : [];
  const flag = (key: FacetKey) => sql.identifier(`f_${key}`);
  const misses = active.length
    ? sql.join(
        active.map((k) => sql`(not (${conditions[k]!}))::int`),
        sql` + `,
      )
    : sql`0`;
  // Facet F counts rows that miss no filter, or miss only F's.
  const countsFor = (key: FacetKey) =>
    active.includes(key) ? sql`(misses = 0 or (misses = 1 and not ${flag(key)}))` : sql`misses = 0`;

  const text = textCondition(filter);
  const ranked = plan.page?.sort === "relevance" && text !== null;
  const where = sql.join(
    [
      sql`p.status = 'published'`,
      ...(text ? [text] : []),
      ...(plan.disjunctive ? [sql`${misses} <= 1`] : filtered.map((k) => conditions[k]!)),
    ],
    sql` and `,
  );
  const order = ranked
    ? sql`rank desc, ay desc nulls last, iy desc nulls last, id desc`
    : plan.page?.sort === "newest-implementation"
      ? sql`iy desc nulls last, ay desc nulls last, id desc`
      : sql`ay desc nulls last, iy desc nulls last, id desc`;

  const grouped = groupedFacets.filter((f) => plan.wanted.has(f));
  const grouping = (f: GroupedFacet) => sql.raw(`grouping(${column[f]}) = 0`);
  const subtrees = [...descendants(topics)].filter(([, ids]) => ids.length > 1);
  const branches: SQL[] = [
    sql`select 'total' as kind, null as facet, null as key, count(*)::int as n, null as slug, null as name from m where misses = 0`,
  ];
  if (plan.page) {
    branches.push(sql`select 'item', null, id::text, ord::int, null, null from (
      select id, row_number() over (order by ${order}) as ord from m where misses = 0
      order by ${order} limit ${plan.page.pageSize} offset ${(plan.page.page - 1) * plan.page.pageSize}) page`);
  }
  if (grouped.length) {
    branches.push(sql`select 'group', g.facet, g.key, g.n, coalesce(co.slug, re.slug, ins.slug), coalesce(co.name, re.name, ins.name)
      from (
        select case ${sql.join(
          grouped.map((f) => sql`when ${grouping(f)} then ${f}`),
          sql` `,
        )} end as facet,
          coalesce(${sql.raw(grouped.map((f) => `${column[f]}::text`).join(", "))}) as key,
          case ${sql.join(
            grouped.map((f) => sql`when ${grouping(f)} then count(*) filter (where ${countsFor(f)})`),
            sql` `,
          )} end::int as n
        from m
        group by grouping sets (${sql.raw(grouped.map((f) => `(${column[f]})`).join(", "))})
      ) g
        left join countries co on g.facet = 'country' and co.id::text = g.key
        left join regions re on g.facet = 'region' and re.id::text = g.key
        left join institutions ins on g.facet = 'institution' and ins.id::text = g.key
      where g.n > 0 and g.key is not null`);
  }
  if (plan.wanted.has("topic")) {
    branches.push(
      sql`select 'topic', null, tid::text, count(*)::int, null, null from m cross join unnest(m.topic_ids) tid where ${countsFor("topic")} group by tid`,
    );
    if (subtrees.length) {
      branches.push(sql`select 'rollup', null, unnest(${sql.param(subtrees.map(([id]) => String(id)))}::text[]),
        unnest(array[${sql.join(
          subtrees.map(([, ids]) => sql`count(*) filter (where topic_ids && ${sql.param(ids)}::int[])`),
          sql`, `,
        )}])::int, null, null
        from m where ${countsFor("topic")}`);
    }
  }

  return db.execute<PassRow>(sql`
    with m as materialized (
      select p.id, p.institution_id as inst, i.country_id as country, c.region_id as region,
        p.implementation_year as iy, p.award_year as ay, p.award_distinction::text as ad, p.topic_ids,
        ${sql.join([...active.map((k) => sql`${conditions[k]!} as ${flag(k)}`), sql`${misses} as misses`], sql`, `)}
        ${ranked ? sql`, case when ${misses} = 0 then ${textRank(filter.q, filter.lang ?? "en")} end as rank` : sql``}
      from ${searchFrom}
      where ${where}
    )
    ${sql.join(branches, sql` union all `)}`);
}

/**
 * A search and all its disjunctive facet counts. Without a cache: one scan (see `pass`). With one,
 * each filtered facet's counts are computed over the rows matching every other filter and cached
 * under that key, so they are shared by every search that differs only in that facet (ticking a
 * second country reuses the country counts); the page and the other facets then come from a scan
 * of only the rows passing every filter.
 */
export async function searchPass(db: Db, filter: ResolvedFilter, options: PassOptions): Promise<SearchPass> {
  const topics = await loadTopics(db);
  const page = { sort: options.sort, page: options.page, pageSize: options.pageSize };
  const filtered = Object.keys(facetConditions(filter)) as FacetKey[];
  let rows: PassRow[];
  if (!options.cache || filtered.length === 0) {
    rows = await pass(db, filter, topics, { wanted: new Set(allFacets), disjunctive: true, page });
  } else {
    const cache = options.cache;
    const [main, ...parts] = await Promise.all([
      pass(db, filter, topics, {
        wanted: new Set(allFacets.filter((f) => !filtered.includes(f))),
        disjunctive: false,
        page,
      }),
      ...filtered.map((facet) =>
        cache.get(db, JSON.stringify(["facet", facet, withoutFacet(filter, facet)]), () =>
          pass(db, withoutFacet(filter, facet), topics, {
            wanted: new Set([facet]),
            disjunctive: false,
            page: null,
          }).then((r) => r.filter((row) => row.kind !== "total")),
        ),
      ),
    ]);
    rows = [...main, ...parts.flat()];
  }
  return facetsOf(rows, topics, filter, options);
}

function facetsOf(rows: PassRow[], topics: TopicNode[], filter: ResolvedFilter, options: FacetOptions): SearchPass {
  const total = rows.find((r) => r.kind === "total")?.n ?? 0;
  const ids = rows
    .filter((r) => r.kind === "item")
    .sort((a, b) => a.n - b.n)
    .map((r) => Number(r.key));
  const topicCounts = new Map<number, number>();
  // Rollups replace a parent's own count: they count its whole subtree once per practice.
  for (const kind of ["topic", "rollup"])
    for (const r of rows) if (r.kind === kind) topicCounts.set(Number(r.key), r.n);

  const byFacet = (facet: GroupedFacet) =>
    rows
      .filter((r) => r.kind === "group" && r.facet === facet)
      .sort((a, b) => b.n - a.n || a.key!.localeCompare(b.key!));
  const named = (facet: GroupedFacet) =>
    byFacet(facet).flatMap((r) => (r.slug && r.name ? [{ slug: r.slug, name: r.name, count: r.n }] : []));
  const years = (facet: GroupedFacet): YearCount[] =>
    byFacet(facet)
      .map((r) => ({ year: Number(r.key), count: r.n }))
      .sort((a, b) => b.year - a.year);
  const limit = options.institutionLimit ?? 30;
  const selectedInstitutions = new Set((filter.institutionIds ?? []).map(String));
  const institutions = byFacet("institution").flatMap((r, index) =>
    (index < limit || selectedInstitutions.has(r.key!)) && r.slug && r.name
      ? [{ slug: r.slug, name: r.name, count: r.n }]
      : [],
  );

  return {
    total,
    ids,
    facets: {
      topic: topicOptions(topics, topicCounts),
      country: named("country"),
      region: named("region"),
      institution: institutions,
      implementationYear: years("implementationYear"),
      awardYear: years("awardYear"),
      distinction: distinctions.flatMap((d) => {
        const row = byFacet("distinction").find((r) => r.key === d.value);
        return row ? [{ slug: d.slug, name: d.name, count: row.n }] : [];
      }),
    },
  };
}

/** The disjunctive facet counts of a search. */
export async function searchFacets(db: Db, filter: ResolvedFilter, options: FacetOptions = {}): Promise<Facets> {
  return (await searchPass(db, filter, { ...options, sort: "newest-award", page: 1, pageSize: 0 })).facets;
}

/** The topic tree with the practices matching a search (ignoring its topic filter) under each topic. */
export async function topicFacet(db: Db, filter: ResolvedFilter): Promise<TopicOption[]> {
  return (await searchFacets(db, filter)).topic;
}
