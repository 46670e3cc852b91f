import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { Lang } from "./analyser";

/** The reference rows every search needs (names and slugs of the facet values), loaded whole: they are small. */
export interface Lookups {
  institutions: Map<number, { slug: string; name: string; acronym: string | null; countryId: number }>;
  countries: Map<number, { slug: string; name: string; code: string; regionId: number }>;
  regions: Map<number, { slug: string; name: string }>;
  topics: Map<number, { slug: string; name: string; parentId: number | null }>;
}

/** A published practice as the index keeps it. */
export type PracticeRow = {
  id: number;
  slug: string;
  title: string | null;
  summary: string;
  institutionId: number;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: string | null;
  topicIds: number[];
  /** The original's language (unset means English: the ISSA listing export is English). */
  language: string;
  /** Its published translations, by language. */
  translations: Partial<Record<Lang, { title: string | null; summary: string }>> | null;
};

export async function loadLookups(db: Db): Promise<Lookups> {
  const [institutions, countries, regions, topics] = await Promise.all([
    db.execute<{ id: number; slug: string; name: string; acronym: string | null; countryId: number }>(
      sql`select id, slug, name, acronym, country_id as "countryId" from institutions`,
    ),
    db.execute<{ id: number; slug: string; name: string; code: string; regionId: number }>(
      sql`select id, slug, name, code, region_id as "regionId" from countries`,
    ),
    db.execute<{ id: number; slug: string; name: string }>(sql`select id, slug, name from regions`),
    db.execute<{ id: number; slug: string; name: string; parentId: number | null }>(
      sql`select id, slug, name, parent_id as "parentId" from topics`,
    ),
  ]);
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map(({ id, ...rest }) => [id, rest]));
  return {
    institutions: byId(institutions),
    countries: byId(countries),
    regions: byId(regions),
    topics: byId(topics),
  } as Lookups;
}

const columns = sql`id, slug, title, summary, institution_id as "institutionId",
  implementation_year as "implementationYear", award_year as "awardYear",
  award_distinction::text as "awardDistinction", topic_ids as "topicIds", coalesce(language, 'en') as language,
  (select json_object_agg(t.language, json_build_object('title', t.title, 'summary', t.summary))
     from practice_translations t where t.practice_id = practices.id and t.status = 'published') as translations`;

/** Every published practice, in id order, a batch at a time (bounded memory on the database's side too). */
export async function* publishedPractices(db: Db, batch = 5000): AsyncGenerator<PracticeRow[]> {
  for (let after = 0; ;) {
    const rows = await db.execute<PracticeRow>(sql`
      select ${columns} from practices where status = 'published' and id > ${after} order by id limit ${batch}`);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/** These practices as they are now; those not published (or gone) are missing from the answer. */
export async function practicesById(db: Db, ids: number[]): Promise<PracticeRow[]> {
  if (ids.length === 0) return [];
  return db.execute<PracticeRow>(sql`
    select ${columns} from practices where status = 'published' and id = any(${sql.param(ids)}::int[]) order by id`);
}
