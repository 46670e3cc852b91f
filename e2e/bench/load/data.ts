// What the load benchmark reads from its database: the URLs' slugs, the practices the editor edits,
// and afterwards what was written, to check the counts the clients saw against the database.
import type { Database } from "@gp/db";
import { sql } from "drizzle-orm";
import type { Slugs } from "./workload";

/** Slugs the public traffic rotates over, in a fixed order (md5 of the id: spread, repeatable). */
export async function slugsFor(db: Database): Promise<Slugs> {
  const column = async (query: ReturnType<typeof sql>) =>
    (await db.execute<{ slug: string }>(query)).map((r) => r.slug);
  return {
    practices: await column(
      sql`select slug from practices where status = 'published' order by md5(id::text) limit 3000`,
    ),
    topics: await column(sql`select slug from topics order by id`),
    countries: await column(sql`
      select c.slug from countries c join institutions i on i.country_id = c.id
      group by c.slug order by count(*) desc, c.slug limit 40`),
    institutions: await column(sql`
      select i.slug from institutions i where exists (select 1 from practices p where p.institution_id = i.id and p.status = 'published')
      order by md5(i.id::text) limit 300`),
  };
}

/**
 * The practices the editor edits: imported ones (the import that runs during the load reads their
 * records again) alternating with synthetic ones.
 */
export async function editorTargets(db: Database): Promise<number[]> {
  const imported = await db.execute<{ id: number }>(sql`
    select distinct p.id from practices p join practice_sources s on s.practice_id = p.id
    join import_batches b on b.id = s.batch_id
    where b.actor = 'bench-load' and p.status = 'published' order by p.id limit 150`);
  const synthetic = await db.execute<{ id: number }>(sql`
    select id from practices where status = 'published' and fingerprint like 'synthetic-%' order by md5(id::text) limit 150`);
  return imported.flatMap((row, i) => [row.id, ...(synthetic[i] ? [synthetic[i].id] : [])]);
}

export type DatabaseFacts = {
  /** Practice updates the database recorded for the editor. */
  editorRevisions: number;
  /** Import batches of the load's import that finished, and the practice updates they recorded. */
  importBatches: number;
  importRevisions: number;
  practices: number;
  deadlocks: number;
};

export async function databaseFacts(db: Database, editorEmail: string): Promise<DatabaseFacts> {
  const [row] = await db.execute<DatabaseFacts>(sql`
    select
      (select count(*)::int from audit_events a join users u on u.id = a.user_id
        where u.email = ${editorEmail} and a.action = 'practice.update') as "editorRevisions",
      (select count(*)::int from import_batches where actor = 'bench-load' and finished_at is not null) - 1 as "importBatches",
      (select count(*)::int from audit_events a join import_batches b on b.id = a.batch_id
        where b.actor = 'bench-load' and b.id <> (select min(id) from import_batches where actor = 'bench-load')
        and a.action = 'practice.update') as "importRevisions",
      (select count(*)::int from practices) as practices,
      (select deadlocks::int from pg_stat_database where datname = current_database()) as deadlocks`);
  return row!;
}
