import { relations, sql } from "drizzle-orm";
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { practiceTopics } from "./practices";

/** A topic in the tree, e.g. "Information and communication technology" > "E-services". */
export const topics = pgTable(
  "topics",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    parentId: integer("parent_id").references((): AnyPgColumn => topics.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("topics_parent_idx").on(t.parentId), uniqueIndex("topics_name_idx").on(sql`lower(${t.name})`)],
);

/**
 * An old or variant label of a topic. Written when editors rename or merge topics, so that
 * later imports map the old label to the curated topic. Every topic's own name is an alias too.
 */
export const topicAliases = pgTable(
  "topic_aliases",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    /** The alias normalised for matching: case-folded, accents and punctuation variants folded. */
    key: text("key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("topic_aliases_key_idx").on(t.key), index("topic_aliases_topic_idx").on(t.topicId)],
);

export const topicsRelations = relations(topics, ({ one, many }) => ({
  parent: one(topics, { fields: [topics.parentId], references: [topics.id], relationName: "topic_tree" }),
  children: many(topics, { relationName: "topic_tree" }),
  aliases: many(topicAliases),
  practices: many(practiceTopics),
}));

export const topicAliasesRelations = relations(topicAliases, ({ one }) => ({
  topic: one(topics, { fields: [topicAliases.topicId], references: [topics.id] }),
}));
