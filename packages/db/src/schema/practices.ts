import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { awardDistinctions } from "../domain";
import { practiceSources } from "./imports";
import { institutions } from "./institutions";
import { topics } from "./taxonomy";
import { tsvector } from "./types";
import { users } from "./users";

export const practiceStatus = pgEnum("practice_status", ["published", "draft", "merged", "withdrawn"]);

/** The distinctions of the ISSA Good Practice Award, highest first. */
export const awardDistinction = pgEnum("award_distinction", awardDistinctions);

/** Practice fields an editor can curate; a curated field is never overwritten by an import. */
export const curatableFields = [
  "title",
  "summary",
  "institutionId",
  "implementationYear",
  "awardYear",
  "awardDistinction",
  "language",
  "topics",
  "status",
] as const;
export type CuratableField = (typeof curatableFields)[number];

export const practices = pgTable(
  "practices",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    /** Stable public identifier; never reused. A merged practice's slug redirects to its survivor. */
    slug: text("slug").notNull().unique(),
    /** Null until an editor (or a richer export) gives one; the site then shows a derived title. */
    title: text("title"),
    summary: text("summary").notNull(),
    institutionId: integer("institution_id")
      .notNull()
      .references(() => institutions.id),
    implementationYear: smallint("implementation_year"),
    /** Null means no award ("Award Year: 0" in the listing). */
    awardYear: smallint("award_year"),
    awardDistinction: awardDistinction("award_distinction"),
    /** ISO 639-1 language of the entry, e.g. "en". */
    language: text("language"),
    status: practiceStatus("status").notNull().default("published"),
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => practices.id),
    /** sha256 of the normalised institution, country, years and summary (see @gp/ingest). */
    fingerprint: text("fingerprint").notNull(),
    /** Optimistic locking: every write increments it, and a write names the version it read. */
    version: integer("version").notNull().default(1),
    /** Names of the fields editors have curated (see `curatableFields`). */
    curatedFields: text("curated_fields")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    curatedAt: timestamp("curated_at", { withTimezone: true }),
    curatedById: integer("curated_by_id").references(() => users.id, { onDelete: "set null" }),
    /** Denormalised copy of practice_topics, kept by a trigger, for fast facet filters and counts. */
    topicIds: integer("topic_ids")
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    /** Weighted document: title A; institution, country and topics B; summary C. Kept by a trigger. */
    searchVector: tsvector("search_vector"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("practices_search_idx").using("gin", t.searchVector),
    index("practices_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("practices_topic_ids_idx").using("gin", t.topicIds),
    // Exact duplicates collapse: one live practice per fingerprint (merged-away ones keep theirs).
    uniqueIndex("practices_fingerprint_idx")
      .on(t.fingerprint)
      .where(sql`${t.status} <> 'merged'`),
    index("practices_institution_idx").on(t.institutionId),
    index("practices_status_award_idx").on(t.status, t.awardYear),
    // The feeds' order (newest added first): 50 entries without sorting every published practice.
    index("practices_status_created_idx").on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("practices_merged_into_idx").on(t.mergedIntoId),
    check("practices_merged_into_check", sql`(${t.status} = 'merged') = (${t.mergedIntoId} is not null)`),
    check(
      "practices_years_check",
      sql`${t.implementationYear} between 1900 and 2200 and (${t.awardYear} is null or ${t.awardYear} between 1900 and 2200)`,
    ),
  ],
);

export const practiceTopics = pgTable(
  "practice_topics",
  {
    practiceId: integer("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    /** Restrict: only an unused topic can be deleted; merging re-tags first. */
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.topicId] }), index("practice_topics_topic_idx").on(t.topicId)],
);

export const practicesRelations = relations(practices, ({ one, many }) => ({
  institution: one(institutions, { fields: [practices.institutionId], references: [institutions.id] }),
  mergedInto: one(practices, {
    fields: [practices.mergedIntoId],
    references: [practices.id],
    relationName: "merges",
  }),
  mergedFrom: many(practices, { relationName: "merges" }),
  curatedBy: one(users, { fields: [practices.curatedById], references: [users.id] }),
  topics: many(practiceTopics),
  sources: many(practiceSources),
}));

export const practiceTopicsRelations = relations(practiceTopics, ({ one }) => ({
  practice: one(practices, { fields: [practiceTopics.practiceId], references: [practices.id] }),
  topic: one(topics, { fields: [practiceTopics.topicId], references: [topics.id] }),
}));
