import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { importFormat } from "./imports";
import { users } from "./users";

/**
 * An upload in the admin app waiting for its editor to apply it after reading the dry-run report.
 * The apps are stateless, so the parsed plan waits here, not in an app's memory or disk. Applying
 * plans again inside the import transaction, so what is applied is what the database holds then.
 */
export const pendingImports = pgTable(
  "pending_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fileName: text("file_name").notNull(),
    format: importFormat("format").notNull(),
    bytes: integer("bytes").notNull(),
    sha256: text("sha256").notNull(),
    /** The parsed files of @gp/ingest's ImportPlan (plain data, validated again when applied). */
    plan: jsonb("plan").notNull(),
    /** The dry-run report shown to the editor. */
    report: jsonb("report").notNull(),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pending_imports_created_idx").on(t.createdAt)],
);

export const pendingImportsRelations = relations(pendingImports, ({ one }) => ({
  createdBy: one(users, { fields: [pendingImports.createdById], references: [users.id] }),
}));
