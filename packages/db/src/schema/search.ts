import { sql } from "drizzle-orm";
import { bigint, check, customType, index, integer, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The words of the published practices with their document counts: the vocabulary behind
 * "did you mean" and typo tolerance, searched by trigram similarity.
 */
export const searchTerms = pgTable(
  "search_terms",
  {
    term: text("term").primaryKey(),
    documents: integer("documents").notNull(),
  },
  (t) => [index("search_terms_trgm_idx").using("gin", t.term.op("gin_trgm_ops"))],
);

const xid8 = customType<{ data: string }>({ dataType: () => "xid8" });

/**
 * The search's change feed: a row per write of a practice or of a row its search document uses
 * (institution, country, region, topic), written by triggers in the writing transaction and
 * stamped with its transaction id. Each web instance reads the rows its last snapshot did not see
 * (see search/change-feed.ts): polling works on a read replica, where LISTEN does not. A row
 * naming nothing asks for a full rebuild (written by a restore). Not in backups: it is derived.
 */
export const searchChanges = pgTable(
  "search_changes",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    xid: xid8("xid")
      .notNull()
      .default(sql`pg_current_xact_id()`),
    practiceId: integer("practice_id"),
    institutionId: integer("institution_id"),
    countryId: integer("country_id"),
    topicId: integer("topic_id"),
    regionId: integer("region_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("search_changes_xid_idx").on(t.xid)],
);

/**
 * How far the change feed was pruned (search/change-feed-prune.ts): every row of a transaction up
 * to `pruned_through` may be gone. A reader whose snapshot's xmin is not above it cannot know what
 * it missed and rebuilds its index. One row; derived like the feed, so not in backups.
 */
export const searchChangesHorizon = pgTable(
  "search_changes_horizon",
  {
    id: smallint("id").primaryKey().default(1),
    prunedThrough: xid8("pruned_through").notNull(),
  },
  (t) => [check("search_changes_horizon_one_row", sql`${t.id} = 1`)],
);
