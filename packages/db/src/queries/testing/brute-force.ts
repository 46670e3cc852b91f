// The facet semantics computed the slow, obvious way in JavaScript, to check the SQL against.
import { sql } from "drizzle-orm";
import type { Db } from "../../client-core";
import { distinctions } from "../../domain";
import type { SearchParams } from "../search-params";

export interface PlainPractice {
  id: number;
  topics: string[];
  country: string;
  region: string;
  institution: string;
  implementationYear: number | null;
  awardYear: number | null;
  distinction: string | null;
}

/** Every published practice with its facet values as slugs. */
export async function loadPractices(db: Db): Promise<PlainPractice[]> {
  return db.execute<PlainPractice & Record<string, unknown>>(sql`
    select p.id, coalesce((select array_agg(t.slug) from topics t where t.id = any(p.topic_ids)), '{}') as topics,
      c.slug as country, r.slug as region, i.slug as institution, p.implementation_year as "implementationYear",
      p.award_year as "awardYear", p.award_distinction::text as distinction
    from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
    where p.status = 'published'`);
}

export interface BruteFacets {
  /** Every topic in tree order with its count. */
  topic: Array<[string, number]>;
  country: Map<string, number>;
  region: Map<string, number>;
  institution: Map<string, number>;
  implementationYear: Map<number, number>;
  awardYear: Map<number, number>;
  distinction: Map<string, number>;
}

type Facet = "topic" | "country" | "region" | "institution" | "implementationYear" | "awardYear" | "distinction";

/** Counts per facet value over the practices matching the query and every other facet's selection. */
export async function bruteForceFacets(db: Db, practices: PlainPractice[], params: SearchParams): Promise<BruteFacets> {
  const topics = await db.execute<{ slug: string; parent: string | null; name: string }>(
    sql`select t.slug, t.name, p.slug as parent from topics t left join topics p on p.id = t.parent_id`,
  );
  const under = (slug: string): string[] => [
    slug,
    ...topics.filter((t) => t.parent === slug).flatMap((t) => under(t.slug)),
  ];
  const matching = params.q
    ? new Set(
        (
          await db.execute<{ id: number }>(
            sql`select id from practices where search_vector @@ websearch_to_tsquery('gp_english', ${params.q})`,
          )
        ).map((r) => r.id),
      )
    : null;
  const selectedTopics = new Set(params.topic.flatMap(under));
  const values = params.distinction.map((slug) => distinctions.find((d) => d.slug === slug)!.value as string);
  const passes: Record<Facet, (p: PlainPractice) => boolean> = {
    topic: (p) => params.topic.length === 0 || p.topics.some((s) => selectedTopics.has(s)),
    country: (p) => params.country.length === 0 || params.country.includes(p.country),
    region: (p) => params.region.length === 0 || params.region.includes(p.region),
    institution: (p) => params.institution.length === 0 || params.institution.includes(p.institution),
    implementationYear: (p) =>
      (params.implementedFrom === undefined && params.implementedTo === undefined) ||
      (p.implementationYear !== null &&
        p.implementationYear >= (params.implementedFrom ?? 1900) &&
        p.implementationYear <= (params.implementedTo ?? 2200)),
    awardYear: (p) => params.awardYear.length === 0 || (p.awardYear !== null && params.awardYear.includes(p.awardYear)),
    distinction: (p) => params.distinction.length === 0 || (p.distinction !== null && values.includes(p.distinction)),
  };
  const rowsFor = (facet: Facet) =>
    practices.filter(
      (p) =>
        (!matching || matching.has(p.id)) && (Object.keys(passes) as Facet[]).every((f) => f === facet || passes[f](p)),
    );
  const tally = <K>(rows: PlainPractice[], key: (p: PlainPractice) => K | null): Map<K, number> => {
    const out = new Map<K, number>();
    for (const row of rows) {
      const k = key(row);
      if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
    }
    return out;
  };

  // Tree order: roots by name, each followed by its children by name.
  const ordered: string[] = [];
  const walk = (parent: string | null) => {
    for (const t of topics.filter((x) => x.parent === parent).sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push(t.slug);
      walk(t.slug);
    }
  };
  walk(null);
  const topicRows = rowsFor("topic");
  return {
    topic: ordered.map((slug) => {
      const subtree = new Set(under(slug));
      return [slug, topicRows.filter((p) => p.topics.some((s) => subtree.has(s))).length];
    }),
    country: tally(rowsFor("country"), (p) => p.country),
    region: tally(rowsFor("region"), (p) => p.region),
    institution: tally(rowsFor("institution"), (p) => p.institution),
    implementationYear: tally(rowsFor("implementationYear"), (p) => p.implementationYear),
    awardYear: tally(rowsFor("awardYear"), (p) => p.awardYear),
    distinction: tally(rowsFor("distinction"), (p) =>
      p.distinction ? distinctions.find((d) => d.value === p.distinction)!.slug : null,
    ),
  };
}

/** Every topic's slug, in slug order. */
export async function topicSlugs(db: Db): Promise<string[]> {
  return (await db.execute<{ slug: string }>(sql`select slug from topics order by slug`)).map((r) => r.slug);
}
