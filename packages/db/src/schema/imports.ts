import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { practices } from "./practices";
import { bytea } from "./types";
import { users } from "./users";

export const importFormat = pgEnum("import_format", ["listing", "csv", "json"]);

/** One applied import of one file. Dry runs write nothing, so every batch here was applied. */
export const importBatches = pgTable(
  "import_batches",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    format: importFormat("format").notNull(),
    records: integer("records").notNull().default(0),
    duplicatesInFile: integer("duplicates_in_file").notNull().default(0),
    added: integer("added").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    candidates: integer("candidates").notNull().default(0),
    conflicts: integer("conflicts").notNull().default(0),
    /** The editor who uploaded it; null for the command line. */
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    /** Who ran it, for display: an editor's email, or "cli" with the OS user. */
    actor: text("actor").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_batches_sha256_idx").on(t.sha256), index("import_batches_started_idx").on(t.startedAt)],
);

/** Provenance: the record (batch, line) a practice came from. Kept when a practice is merged away. */
export const practiceSources = pgTable(
  "practice_sources",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    practiceId: integer("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    /** 1-based line of the record's first line in the file. */
    line: integer("line").notNull(),
    /** Fingerprint of the record as imported; re-importing it maps to this practice (or its survivor). */
    fingerprint: text("fingerprint").notNull(),
    /** The parsed record, as it was in the file. */
    record: jsonb("record").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("practice_sources_batch_line_idx").on(t.batchId, t.line),
    index("practice_sources_practice_idx").on(t.practiceId),
    index("practice_sources_fingerprint_idx").on(t.fingerprint),
  ],
);

/**
 * What finding duplicate candidates needs of a practice without reading its text: the MinHash
 * signature of its summary (64 little-endian 32-bit values, from @gp/ingest's similarity), with the
 * md5 of the summary it was computed from. A summary changed since (an editor's save) no longer
 * matches its md5, and the signature is computed again from the text; so only imports write here.
 */
export const practiceSignatures = pgTable("practice_signatures", {
  practiceId: integer("practice_id")
    .primaryKey()
    .references(() => practices.id, { onDelete: "cascade" }),
  summaryMd5: text("summary_md5").notNull(),
  signature: bytea("signature").notNull(),
});

export const conflictStatus = pgEnum("conflict_status", ["open", "resolved"]);

/** An imported value that differs from a curated one. Editors win; the conflict waits for review. */
export const importConflicts = pgTable(
  "import_conflicts",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    practiceId: integer("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    currentValue: jsonb("current_value"),
    importedValue: jsonb("imported_value"),
    status: conflictStatus("status").notNull().default("open"),
    resolvedById: integer("resolved_by_id").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("import_conflicts_status_idx").on(t.status), index("import_conflicts_practice_idx").on(t.practiceId)],
);

export const importBatchesRelations = relations(importBatches, ({ one, many }) => ({
  createdBy: one(users, { fields: [importBatches.createdById], references: [users.id] }),
  sources: many(practiceSources),
  conflicts: many(importConflicts),
}));

export const practiceSourcesRelations = relations(practiceSources, ({ one }) => ({
  practice: one(practices, { fields: [practiceSources.practiceId], references: [practices.id] }),
  batch: one(importBatches, { fields: [practiceSources.batchId], references: [importBatches.id] }),
}));

export const importConflictsRelations = relations(importConflicts, ({ one }) => ({
  batch: one(importBatches, { fields: [importConflicts.batchId], references: [importBatches.id] }),
  practice: one(practices, { fields: [importConflicts.practiceId], references: [practices.id] }),
  resolvedBy: one(users, { fields: [importConflicts.resolvedById], references: [users.id] }),
}));
