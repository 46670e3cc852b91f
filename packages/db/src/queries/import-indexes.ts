// A first import into an empty practices table builds its GIN indexes once at the end instead of
// entry by entry: measured on 8,662 practices, the search index costs 1.5–2 s of PostgreSQL CPU
// maintained row by row and 0.5–0.8 s built in one go (packages/ingest README, "At scale").
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/**
 * When the practices table is empty, drops its GIN indexes (search document, title trigrams, topic
 * ids) inside the caller's transaction and returns their definitions, for `rebuildIndexes` before
 * the commit. Dropping takes the table's exclusive lock until the commit, which is why it is only
 * done when the table is empty: there is nothing to read yet. Otherwise returns [] and drops nothing.
 */
export async function deferPracticeIndexes(db: Db): Promise<string[]> {
  const [state] = await db.execute<{ empty: boolean }>(sql`select not exists (select 1 from practices) as empty`);
  if (!state?.empty) return [];
  const indexes = await db.execute<{ name: string; definition: string }>(sql`
    select c.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x join pg_class c on c.oid = x.indexrelid join pg_am a on a.oid = c.relam
    where x.indrelid = 'practices'::regclass and a.amname = 'gin' and not x.indisunique
    order by c.relname`);
  for (const index of indexes) await db.execute(sql`drop index ${sql.identifier(index.name)}`);
  return indexes.map((index) => index.definition);
}

/** Builds again the indexes `deferPracticeIndexes` dropped (their definitions as PostgreSQL gave them). */
export async function rebuildIndexes(db: Db, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await db.execute(sql.raw(definition));
}

/**
 * Refreshes the planner's statistics of the tables an import grew by a tenth or more (autovacuum
 * would, after the commit), on the columns later imports select by:
 * - this import's own later statements plan for the tables as they were otherwise (a table created
 *   empty is taken as tiny, and scanned whole for each country when candidates read signatures);
 * - the next import, when it comes before autovacuum: measured at 100k practices, a re-import right
 *   after the first import took 15–18 s with no statistics on practice_sources' fingerprints against
 *   11 s with them (ingest README, "A sixth pass").
 * Only those columns: the statistics of the search document, measured on 8,662 practices, were 0.2
 * of the whole analyze's 0.27 s of CPU; autovacuum analyzes every column after the commit.
 */
export async function analyzeGrownTables(db: Db): Promise<void> {
  await db.execute(
    sql`analyze practices (id, institution_id, status), practice_sources (fingerprint, practice_id), institutions`,
  );
}
