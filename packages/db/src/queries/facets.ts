import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { type FacetKey, facetConditions, type ResolvedFilter, searchFrom, whereClause } from "./search-filter";
import { distinctions } from "./search-params";

export interface FacetOption {
  slug: string;
  name: string;
  count: number;
}

export interface TopicOption extends FacetOption {
  /** Slug of the parent topic; null for a root. */
  parent: string | null;
  /** Depth in the tree, 0 for roots. */
  depth: number;
}

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Disjunctive facet counts: each facet counts the practices that match the query and every other
 * facet's selection, ignoring its own, so picking a second value in a facet shows what it adds.
 */
export interface Facets {
  /** The whole tree in display order (parents before their children); a parent counts its descendants. */
  topic: TopicOption[];
  /** Values with at least one practice, most first. */
  country: FacetOption[];
  region: FacetOption[];
  /** The institutions with the most practices (up to `institutionLimit`). */
  institution: FacetOption[];
  implementationYear: YearCount[];
  awardYear: YearCount[];
  distinction: FacetOption[];
}

const groupedFacets = ["country", "region", "institution", "implementationYear", "awardYear", "distinction"] as const;
type GroupedFacet = (typeof groupedFacets)[number];

const groupExpr: Record<GroupedFacet, SQL> = {
  country: sql`i.country_id::text`,
  region: sql`c.region_id::text`,
  institution: sql`p.institution_id::text`,
  implementationYear: sql`p.implementation_year::text`,
  awardYear: sql`p.award_year::text`,
  distinction: sql`p.award_distinction::text`,
};

type GroupRow = {
  facet: GroupedFacet;
  key: string | null;
  count: number;
};

/** Counts of several facets over one set of rows, in one pass (GROUPING SETS). */
async function countGroups(db: Db, filter: ResolvedFilter, facets: GroupedFacet[], except: FacetKey[]): Promise<GroupRow[]> {
  if (facets.length === 0) return [];
  const name = sql.join(
    facets.map((f) => sql`when grouping(${groupExpr[f]}) = 0 then ${f}`),
    sql` `,
  );
  const key = sql.join(
    facets.map((f) => sql`case when grouping(${groupExpr[f]}) = 0 then ${groupExpr[f]} end`),
    sql`, `,
  );
  const sets = sql.join(
    facets.map((f) => sql`(${groupExpr[f]})`),
    sql`, `,
  );
  return db.execute<GroupRow>(sql`
    select case ${name} end as facet, coalesce(${key}) as key, count(*)::int as count
    from ${searchFrom}
    where ${whereClause(filter, except)}
    group by grouping sets (${sets})`);
}

type TopicNode = {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
};

/** Every topic id under each topic (itself included), from the parent links; cycles are cut. */
function descendants(topics: TopicNode[]): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const t of topics) if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Map<number, number[]>();
  for (const t of topics) {
    const seen = new Set<number>([t.id]);
    const stack = [t.id];
    while (stack.length) {
      for (const c of children.get(stack.pop()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        stack.push(c);
      }
    }
    out.set(t.id, [...seen]);
  }
  return out;
}

/** Practices per topic over the rows matching everything but the topic filter; a parent counts its subtree once. */
async function countTopics(db: Db, filter: ResolvedFilter, topics: TopicNode[]): Promise<Map<number, number>> {
  const subtrees = [...descendants(topics)].filter(([, ids]) => ids.length > 1);
  const where = whereClause(filter, ["topic"]);
  const counts = new Map<number, number>();
  if (subtrees.length === 0) {
    const rows = await db.execute<{ id: number; count: number }>(sql`
      select tid as id, count(*)::int as count from ${searchFrom} cross join unnest(p.topic_ids) tid where ${where} group by tid`);
    for (const row of rows) counts.set(row.id, row.count);
    return counts;
  }
  const rollups = sql.join(
    subtrees.map(([, ids]) => sql`count(*) filter (where topic_ids && ${sql.param(ids)}::int[])`),
    sql`, `,
  );
  const rows = await db.execute<{ id: number; count: number }>(sql`
    with r as materialized (select p.topic_ids from ${searchFrom} where ${where})
    select tid as id, count(*)::int as count from r cross join unnest(r.topic_ids) tid group by tid
    union all
    select unnest(${sql.param(subtrees.map(([id]) => id))}::int[]), unnest(array[${rollups}])::int from r`);
  // Rollups come last and replace a parent's own count.
  for (const row of rows) counts.set(row.id, row.count);
  return counts;
}

/** Topics in tree order (parents, then their children by name), with depths. */
function treeOrder(topics: TopicNode[]): Array<TopicNode & { depth: number; parent: string | null }> {
  const byParent = new Map<number | null, TopicNode[]>();
  const ids = new Set(topics.map((t) => t.id));
  for (const t of topics) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), t]);
  }
  const slugOf = new Map(topics.map((t) => [t.id, t.slug]));
  const out: Array<TopicNode & { depth: number; parent: string | null }> = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const t of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ ...t, depth, parent: parent === null ? null : slugOf.get(parent)! });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export interface FacetOptions {
  /** How many institutions to list (selected ones are always listed). Default 30. */
  institutionLimit?: number;
}

function loadTopics(db: Db): Promise<TopicNode[]> {
  return db.execute<TopicNode>(sql`select id, slug, name, parent_id as "parentId" from topics`);
}

function topicOptions(topics: TopicNode[], counts: Map<number, number>): TopicOption[] {
  return treeOrder(topics).map((t) => ({ slug: t.slug, name: t.name, parent: t.parent, depth: t.depth, count: counts.get(t.id) ?? 0 }));
}

/** The topic tree with the practices matching a search (ignoring its topic filter) under each topic. */
export async function topicFacet(db: Db, filter: ResolvedFilter): Promise<TopicOption[]> {
  const topics = await loadTopics(db);
  return topicOptions(topics, await countTopics(db, filter, topics));
}

/** The disjunctive facet counts of a search. */
export async function searchFacets(db: Db, filter: ResolvedFilter, options: FacetOptions = {}): Promise<Facets> {
  const filtered = new Set(Object.keys(facetConditions(filter)) as FacetKey[]);
  const topics = await loadTopics(db);

  // Facets without a selection share one pass over the rows matching everything; each facet
  // with a selection needs its own pass over the rows matching everything else.
  const unfiltered = groupedFacets.filter((f) => !filtered.has(f));
  const [groups, topicCounts] = await Promise.all([
    Promise.all([
      countGroups(db, filter, unfiltered, []),
      ...groupedFacets.filter((f) => filtered.has(f)).map((f) => countGroups(db, filter, [f], [f])),
    ]).then((parts) => parts.flat()),
    countTopics(db, filter, topics),
  ]);

  const byFacet = (facet: GroupedFacet) =>
    groups.filter((g) => g.facet === facet && g.key !== null).sort((a, b) => b.count - a.count || a.key!.localeCompare(b.key!));
  const limit = options.institutionLimit ?? 30;
  const selectedInstitutions = new Set(filter.institutionIds ?? []);
  const institutionRows = byFacet("institution").filter((g, index) => index < limit || selectedInstitutions.has(Number(g.key)));
  const labelIds = (rows: GroupRow[]) => rows.map((g) => Number(g.key));
  const labels = await db.execute<{ kind: string; id: number; slug: string; name: string }>(sql`
    select 'country' as kind, id, slug, name from countries where id = any(${sql.param(labelIds(byFacet("country")))}::int[])
    union all
    select 'region', id, slug, name from regions
    union all
    select 'institution', id, slug, name from institutions where id = any(${sql.param(labelIds(institutionRows))}::int[])`);
  const label = (kind: string, key: string) => labels.find((l) => l.kind === kind && l.id === Number(key));
  const options_ = (kind: GroupedFacet, rows: GroupRow[]): FacetOption[] =>
    rows.flatMap((g) => {
      const l = label(kind, g.key!);
      return l ? [{ slug: l.slug, name: l.name, count: g.count }] : [];
    });
  const years = (facet: GroupedFacet): YearCount[] =>
    byFacet(facet)
      .map((g) => ({ year: Number(g.key), count: g.count }))
      .sort((a, b) => b.year - a.year);

  return {
    topic: topicOptions(topics, topicCounts),
    country: options_("country", byFacet("country")),
    region: options_("region", byFacet("region")),
    institution: options_("institution", institutionRows),
    implementationYear: years("implementationYear"),
    awardYear: years("awardYear"),
    distinction: distinctions.flatMap((d) => {
      const row = byFacet("distinction").find((g) => g.key === d.value);
      return row ? [{ slug: d.slug, name: d.name, count: row.count }] : [];
    }),
  };
}
