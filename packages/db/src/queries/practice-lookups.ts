import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { countries, institutions, topics } from "../schema";

/** Countries that have institutions, by name: a filter offers only what can match. */
export async function countriesWithInstitutions(db: Db): Promise<Array<{ id: number; name: string; code: string }>> {
  return db
    .selectDistinct({ id: countries.id, name: countries.name, code: countries.code })
    .from(countries)
    .innerJoin(institutions, eq(institutions.countryId, countries.id))
    .orderBy(asc(countries.name));
}

/** Every implementation or award year some practice has, newest first. */
export async function practiceYears(db: Db): Promise<number[]> {
  const rows = await db.execute<{ year: number }>(
    sql`select distinct y as year from practices, unnest(array[implementation_year, award_year]) y where y is not null order by y desc`,
  );
  return rows.map((r) => r.year);
}

export interface NameLookup {
  institutions: Map<number, string>;
  topics: Map<number, string>;
}

/** Names of the given institutions and topics (ids that no longer exist are absent). */
export async function namesOf(db: Db, ids: { institutionIds: number[]; topicIds: number[] }): Promise<NameLookup> {
  const [institutionRows, topicRows] = await Promise.all([
    ids.institutionIds.length
      ? db
          .select({ id: institutions.id, name: institutions.name })
          .from(institutions)
          .where(inArray(institutions.id, ids.institutionIds))
      : [],
    ids.topicIds.length
      ? db.select({ id: topics.id, name: topics.name }).from(topics).where(inArray(topics.id, ids.topicIds))
      : [],
  ]);
  return {
    institutions: new Map(institutionRows.map((r) => [r.id, r.name])),
    topics: new Map(topicRows.map((r) => [r.id, r.name])),
  };
}
