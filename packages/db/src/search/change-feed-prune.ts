import { sql } from "drizzle-orm";
import type { Database } from "../client-core";
import { raiseStatementTimeout } from "../statement-timeout";

/** Serialises pruners (several admin instances): one prunes, the others skip that round. */
export const SEARCH_PRUNE_LOCK = 727_003;

export interface PruneOptions {
  /** Rows of transactions older than this are pruned. */
  retentionMinutes: number;
  /** Rows beyond the newest this many are pruned, however young. */
  keepNewest: number;
  /** At most this many rows are chosen per run (plus the other rows of the last one's transaction). */
  batch: number;
}

/** A prune's statements may run this long, whatever the limit of the pool it runs on. */
const PRUNE_STATEMENT_TIMEOUT_MS = 10 * 60_000;

/** Rows of a day are kept (an instance idle for less never rebuilds), and at most 100,000. */
export const defaultPruneOptions: PruneOptions = { retentionMinutes: 24 * 60, keepNewest: 100_000, batch: 50_000 };

export interface PruneResult {
  /** False when another pruner held the lock: this run did nothing. */
  ran: boolean;
  deleted: number;
  /** The horizon after this run (an xid8 as text), null while nothing was ever pruned. */
  horizon: string | null;
}

/**
 * Keeps the change feed bounded without ever making a reader stale. A reader at snapshot S needs
 * the rows whose transaction S did not see, all with xid ≥ xmin(S). The prune deletes only rows of
 * transactions finished before its own snapshot (xid < its xmin: a transaction still writing keeps
 * its rows), chosen among the old or surplus ones, deletes every row up to the largest xid chosen
 * (P), and records P as the horizon in the same statement. A reader sees the horizon and the rows
 * in one snapshot (change-feed.ts): when xmin(S) ≤ P, rows it needed may be gone, and it rebuilds
 * (the engine loads again in the background while SQL answers); otherwise nothing it needs was
 * pruned. The horizon only grows.
 */
export async function pruneSearchChanges(
  db: Database,
  options: PruneOptions = defaultPruneOptions,
): Promise<PruneResult> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(${SEARCH_PRUNE_LOCK}) as locked`,
    );
    if (!lock?.locked) return { ran: false, deleted: 0, horizon: null };
    // One transaction's rows go together (an import of a million practices writes a million):
    // more than a request's limit, and only its own rows are locked meanwhile.
    await raiseStatementTimeout(tx, PRUNE_STATEMENT_TIMEOUT_MS);
    const [row] = await tx.execute<{ deleted: number; horizon: string | null }>(sql`
      with chosen as (
        select max(xid) as p from (
          select xid from search_changes
          where xid < pg_snapshot_xmin(pg_current_snapshot())
            and (at < now() - make_interval(mins => ${options.retentionMinutes})
              or seq <= (select coalesce(max(seq), 0) from search_changes) - ${options.keepNewest})
          order by xid limit ${options.batch}
        ) oldest
      ), pruned as (
        delete from search_changes where xid <= (select p from chosen) returning 1
      ), moved as (
        insert into search_changes_horizon (id, pruned_through)
        select 1, p from chosen where p is not null
        on conflict (id) do update set pruned_through = greatest(search_changes_horizon.pruned_through, excluded.pruned_through)
        returning pruned_through
      )
      select (select count(*)::int from pruned) as deleted,
        coalesce((select pruned_through::text from moved), (select pruned_through::text from search_changes_horizon)) as horizon`);
    return { ran: true, deleted: row!.deleted, horizon: row!.horizon };
  });
}
