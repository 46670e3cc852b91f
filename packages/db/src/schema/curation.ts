import { relations, sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { importBatches } from "./imports";
import { practices } from "./practices";
import { users } from "./users";

export const candidateStatus = pgEnum("candidate_status", ["open", "merged", "dismissed"]);

/**
 * A pair of practices that may be the same. Stored with practice_a_id < practice_b_id, so a pair
 * has one row; a dismissed pair is never proposed again.
 */
export const duplicateCandidates = pgTable(
  "duplicate_candidates",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    practiceAId: integer("practice_a_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    practiceBId: integer("practice_b_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    /** Similarity in [0, 1]. */
    score: real("score").notNull(),
    /** How the pair was found, e.g. "minhash", "trigram", "editor". */
    method: text("method").notNull(),
    status: candidateStatus("status").notNull().default("open"),
    /** The import that proposed it; null when an editor did. */
    batchId: integer("batch_id").references(() => importBatches.id, { onDelete: "set null" }),
    decidedById: integer("decided_by_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("duplicate_candidates_pair_idx").on(t.practiceAId, t.practiceBId),
    index("duplicate_candidates_status_score_idx").on(t.status, t.score),
    index("duplicate_candidates_b_idx").on(t.practiceBId),
    check("duplicate_candidates_order_check", sql`${t.practiceAId} < ${t.practiceBId}`),
  ],
);

/**
 * The audit log and the revision history in one: every change by an editor or by an import,
 * with the state before and after. A practice's history is its rows with subject_type 'practice'.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The editor who acted, or null when an import (batchId) or the system did. */
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    batchId: integer("batch_id").references(() => importBatches.id, { onDelete: "set null" }),
    /** Dotted verb, e.g. "practice.update", "practice.merge", "topic.rename", "user.disable". */
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    /** Free text, e.g. why a revert was made. */
    note: text("note"),
  },
  (t) => [
    index("audit_events_subject_idx").on(t.subjectType, t.subjectId, t.at),
    index("audit_events_at_idx").on(t.at),
    index("audit_events_user_idx").on(t.userId, t.at),
    index("audit_events_action_idx").on(t.action, t.at),
  ],
);

export const duplicateCandidatesRelations = relations(duplicateCandidates, ({ one }) => ({
  practiceA: one(practices, {
    fields: [duplicateCandidates.practiceAId],
    references: [practices.id],
    relationName: "candidate_a",
  }),
  practiceB: one(practices, {
    fields: [duplicateCandidates.practiceBId],
    references: [practices.id],
    relationName: "candidate_b",
  }),
  batch: one(importBatches, { fields: [duplicateCandidates.batchId], references: [importBatches.id] }),
  decidedBy: one(users, { fields: [duplicateCandidates.decidedById], references: [users.id] }),
}));

export const auditEventsRelations = relations(auditEvents, ({ one }) => ({
  user: one(users, { fields: [auditEvents.userId], references: [users.id] }),
  batch: one(importBatches, { fields: [auditEvents.batchId], references: [importBatches.id] }),
}));
