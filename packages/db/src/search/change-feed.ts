import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** What committed since a snapshot: the practices to index again, and whether reference rows changed. */
export interface Changes {
  snapshot: string;
  practices: number[];
  institutions: number[];
  countries: number[];
  topics: number[];
  /** True when any institution, country, region or topic was written: the lookups are read again. */
  references: boolean;
  /** True when a row named nothing (a restore), or the feed was pruned past the snapshot: everything is read again. */
  rebuild: boolean;
}

/**
 * The change feed, read by polling (a hot standby refuses LISTEN): triggers write a row of
 * search_changes in the writing transaction, stamped with its transaction id. The rows committed
 * since snapshot S are exactly those whose transaction S did not see, so one statement gives the
 * current snapshot and the changes since S, with no gap from transactions committing out of order.
 */
export async function changesSince(db: Db, snapshot: string | null): Promise<Changes> {
  const [row] = await db.execute<{
    snapshot: string;
    changes: Array<[number | null, number | null, number | null, number | null, boolean]>;
    pruned: boolean;
  }>(sql`
    select pg_current_snapshot()::text as snapshot,
      ${
        snapshot === null
          ? sql`'[]'::json`
          : sql`coalesce((select json_agg(json_build_array(practice_id, institution_id, country_id, topic_id, region_id is not null))
        from search_changes
        where xid >= pg_snapshot_xmin(${snapshot}::pg_snapshot) and not pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot)), '[]'::json)`
      } as changes,
      ${
        // Rows this reader needed may have been pruned (change-feed-prune.ts): it must rebuild.
        snapshot === null
          ? sql`false`
          : sql`exists (select 1 from search_changes_horizon where pruned_through >= pg_snapshot_xmin(${snapshot}::pg_snapshot))`
      } as pruned`);
  const out: Changes = {
    snapshot: row!.snapshot,
    practices: [],
    institutions: [],
    countries: [],
    topics: [],
    references: false,
    rebuild: row!.pruned,
  };
  for (const [practice, institution, country, topic, region] of row!.changes) {
    if (practice !== null) out.practices.push(practice);
    if (institution !== null) out.institutions.push(institution);
    if (country !== null) out.countries.push(country);
    if (topic !== null) out.topics.push(topic);
    if (institution !== null || country !== null || topic !== null || region) out.references = true;
    else if (practice === null) out.rebuild = true;
  }
  return out;
}
