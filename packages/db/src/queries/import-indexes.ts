// A first import into an empty practices table loads it as PostgreSQL's "Populating a Database"
// advises: without the GIN indexes and the foreign keys to practices of the rows it writes with
// them, built and checked once at the end instead of entry by entry and row by row. Measured on
// 8,662 practices, the search index costs 1.5–2 s of PostgreSQL CPU maintained row by row and
// 0.5–0.8 s built in one go; at 100k, the 400k checks of those foreign keys about 1.8 s, and
// adding them back, each one join, 0.25 s (packages/ingest README, "At scale" and "A seventh pass").
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** The tables an import's chunk insert fills beside practices, whose foreign keys to practices it defers. */
const loadedWithPractices = ["practice_sources", "practice_topics", "practice_signatures"];

/**
 * When the practices table is empty, drops inside the caller's transaction its GIN indexes (search
 * document, title trigrams, topic ids) and the foreign keys to it of `loadedWithPractices`, and
 * returns the statements that restore them, for `restoreDeferred` before the commit. Dropping takes
 * those tables' exclusive locks until the commit, which is why it is only done when practices is
 * empty: there is nothing to read yet (and so no row of those tables either). Otherwise returns []
 * and drops nothing. Keys to other tables (topics, batches, institutions) stay: dropping one would
 * lock the table it references, which the sites read, for the whole import.
 */
export async function deferIndexesAndKeys(db: Db): Promise<string[]> {
  const [state] = await db.execute<{ empty: boolean }>(sql`select not exists (select 1 from practices) as empty`);
  if (!state?.empty) return [];
  const deferred = await db.execute<{ drop: string; restore: string }>(sql`
    select format('drop index %I', c.relname) as drop, pg_get_indexdef(x.indexrelid) as restore
    from pg_index x join pg_class c on c.oid = x.indexrelid join pg_am a on a.oid = c.relam
    where x.indrelid = 'practices'::regclass and a.amname = 'gin' and not x.indisunique
    union all
    select format('alter table %s drop constraint %I', conrelid::regclass, conname),
      format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
    from pg_constraint
    where contype = 'f' and confrelid = 'practices'::regclass
      and conrelid::regclass::text = any(${sql.param(loadedWithPractices)}::text[])
    order by 2`);
  for (const { drop } of deferred) await db.execute(sql.raw(drop));
  return deferred.map((d) => d.restore);
}

/** Restores what `deferIndexesAndKeys` dropped: builds the indexes, adds the keys (each checked in one join). */
export async function restoreDeferred(db: Db, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await db.execute(sql.raw(statement));
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
