import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { Lang } from "../search/analyser";
import { listColumns, type PracticeListItem, toListItem } from "./search";

export type HeadlineCounts = {
  practices: number;
  institutions: number;
  countries: number;
  awarded: number;
  topics: number;
};

/** The figures the home page leads with, over published practices. */
export async function headlineCounts(db: Db): Promise<HeadlineCounts> {
  const [row] = await db.execute<HeadlineCounts>(sql`
    select count(*)::int as practices,
      count(distinct p.institution_id)::int as institutions,
      count(distinct i.country_id)::int as countries,
      count(p.award_year)::int as awarded,
      (select count(distinct t)::int from practices q cross join unnest(q.topic_ids) t where q.status = 'published') as topics
    from practices p join institutions i on i.id = p.institution_id
    where p.status = 'published'`);
  return row ?? { practices: 0, institutions: 0, countries: 0, awarded: 0, topics: 0 };
}

/** The most recently awarded published practices, in `lang` where translated. */
export async function latestAwarded(db: Db, limit = 6, lang: Lang = "en"): Promise<PracticeListItem[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select ${listColumns(lang)}
    from practices p
      join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
    where p.status = 'published' and p.award_year is not null
    order by p.award_year desc, p.implementation_year desc nulls last, p.id desc
    limit ${limit}`);
  return rows.map((row) => toListItem(row as never, lang));
}

export type TopicSummary = {
  slug: string;
  name: string;
  parent: { slug: string; name: string } | null;
  children: Array<{ slug: string; name: string }>;
};

/** A topic with its parent and children, or null. */
export async function getTopic(db: Db, slug: string): Promise<TopicSummary | null> {
  const [row] = await db.execute<TopicSummary>(sql`
    select t.slug, t.name,
      case when pt.id is null then null else json_build_object('slug', pt.slug, 'name', pt.name) end as parent,
      (select coalesce(json_agg(json_build_object('slug', c.slug, 'name', c.name) order by c.name), '[]'::json)
         from topics c where c.parent_id = t.id) as children
    from topics t left join topics pt on pt.id = t.parent_id
    where t.slug = ${slug}`);
  return row ?? null;
}

export type CountrySummary = {
  slug: string;
  name: string;
  code: string;
  region: { slug: string; name: string };
  institutions: Array<{ slug: string; name: string; acronym: string | null; count: number }>;
};

/** A country with its institutions that have published practices, or null. */
export async function getCountry(db: Db, slug: string): Promise<CountrySummary | null> {
  const [row] = await db.execute<CountrySummary>(sql`
    select c.slug, c.name, c.code, json_build_object('slug', r.slug, 'name', r.name) as region,
      (select coalesce(json_agg(json_build_object('slug', x.slug, 'name', x.name, 'acronym', x.acronym, 'count', x.n)
          order by x.n desc, x.name), '[]'::json)
       from (select i.slug, i.name, i.acronym, count(*)::int as n
             from institutions i join practices p on p.institution_id = i.id and p.status = 'published'
             where i.country_id = c.id group by i.id) x) as institutions
    from countries c join regions r on r.id = c.region_id
    where c.slug = ${slug}`);
  return row ?? null;
}

export type InstitutionSummary = {
  slug: string;
  name: string;
  acronym: string | null;
  country: { slug: string; name: string; code: string };
  region: { slug: string; name: string };
};

export async function getInstitution(db: Db, slug: string): Promise<InstitutionSummary | null> {
  const [row] = await db.execute<InstitutionSummary>(sql`
    select i.slug, i.name, i.acronym,
      json_build_object('slug', c.slug, 'name', c.name, 'code', c.code) as country,
      json_build_object('slug', r.slug, 'name', r.name) as region
    from institutions i join countries c on c.id = i.country_id join regions r on r.id = c.region_id
    where i.slug = ${slug}`);
  return row ?? null;
}

export type MapCountry = {
  slug: string;
  name: string;
  /** ISO 3166-1 numeric: the id of the country's shape in world-atlas. */
  numeric: string | null;
};

/** Every country's slug, name and ISO numeric code, for the map. Reference data. */
export async function mapCountries(db: Db): Promise<MapCountry[]> {
  return db.execute<MapCountry>(sql`select slug, name, numeric from countries order by name`);
}

export type SitemapEntry = {
  slug: string;
  updatedAt: Date;
};

/** Published practices in slug order, a slice at a time, for sitemaps. */
export async function sitemapPractices(db: Db, offset: number, limit: number): Promise<SitemapEntry[]> {
  const rows = await db.execute<{ slug: string; updatedAt: string }>(sql`
    select slug, updated_at as "updatedAt" from practices where status = 'published'
    order by id limit ${limit} offset ${offset}`);
  return rows.map((r) => ({ slug: r.slug, updatedAt: new Date(r.updatedAt) }));
}

/** Slugs of the browse pages worth listing: topics, countries and institutions with published practices. */
export async function sitemapBrowse(
  db: Db,
): Promise<{ topics: string[]; countries: string[]; institutions: string[]; practices: number }> {
  const [row] = await db.execute<{
    topics: string[];
    countries: string[];
    institutions: string[];
    practices: number;
  }>(sql`
    with live as (select institution_id, topic_ids from practices where status = 'published')
    select
      coalesce((select array_agg(slug order by slug) from topics where id in (select unnest(topic_ids) from live)), '{}') as topics,
      coalesce((select array_agg(distinct c.slug) from countries c join institutions i on i.country_id = c.id where i.id in (select institution_id from live)), '{}') as countries,
      coalesce((select array_agg(slug order by slug) from institutions where id in (select institution_id from live)), '{}') as institutions,
      (select count(*)::int from live) as practices`);
  return row ?? { topics: [], countries: [], institutions: [], practices: 0 };
}

export type CountryCount = {
  slug: string;
  name: string;
  count: number;
  region: { slug: string; name: string };
};

/** Countries with published practices and how many, for the home map and the country index. */
export async function countryCounts(db: Db): Promise<CountryCount[]> {
  return db.execute<CountryCount>(sql`
    select c.slug, c.name, x.n as count, json_build_object('slug', r.slug, 'name', r.name) as region
    from (select i.country_id, count(*)::int as n
          from practices p join institutions i on i.id = p.institution_id
          where p.status = 'published' group by i.country_id) x
      join countries c on c.id = x.country_id join regions r on r.id = c.region_id
    order by x.n desc, c.name`);
}
