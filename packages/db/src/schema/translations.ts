import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { practices } from "./practices";
import { regions } from "./reference";
import { topics } from "./taxonomy";
import { users } from "./users";

/** ISSA's four working languages: a translation is in one of them. */
export const translationLanguages = ["en", "fr", "de", "es"] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];
const languageCheck = (column: unknown) => sql`${column} in ('en', 'fr', 'de', 'es')`;

export const translationStatus = pgEnum("translation_status", ["draft", "published"]);

/**
 * A practice's title and summary in another language. It records the original it was made from
 * (version, title and summary at that time): when the original's text differs from that, the
 * translation is outdated, and the editor is shown what changed since.
 */
export const practiceTranslations = pgTable(
  "practice_translations",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    practiceId: integer("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    /** Null: the site derives one from the translated summary, as for an original without a title. */
    title: text("title"),
    summary: text("summary").notNull(),
    status: translationStatus("status").notNull().default("published"),
    /** The original's version, title and summary when the translation was made or last brought up to date. */
    sourceVersion: integer("source_version").notNull(),
    sourceTitle: text("source_title"),
    sourceSummary: text("source_summary").notNull(),
    /** An editor wrote or edited it: imports never overwrite it (editors win). */
    curated: boolean("curated").notNull().default(false),
    /** Optimistic locking of editors' saves, as for practices. */
    version: integer("version").notNull().default(1),
    updatedById: integer("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One translation per practice and language; also serves the "missing in a language" anti-joins.
    uniqueIndex("practice_translations_practice_language_idx").on(t.practiceId, t.language),
    check("practice_translations_language_check", languageCheck(t.language)),
  ],
);

/** A table of names per language of the rows of `parent` (topics, regions), given by editors. */
function namesTable(name: string, key: string, parent: typeof topics | typeof regions) {
  return pgTable(
    name,
    {
      ownerId: integer(key)
        .notNull()
        .references(() => parent.id, { onDelete: "cascade" }),
      language: text("language").notNull(),
      name: text("name").notNull(),
      updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      primaryKey({ columns: [t.ownerId, t.language] }),
      check(`${name}_language_check`, languageCheck(t.language)),
    ],
  );
}

/** A topic's name in another language. */
export const topicTranslations = namesTable("topic_translations", "topic_id", topics);
/** A region's name in another language. */
export const regionTranslations = namesTable("region_translations", "region_id", regions);

export const practiceTranslationsRelations = relations(practiceTranslations, ({ one }) => ({
  practice: one(practices, { fields: [practiceTranslations.practiceId], references: [practices.id] }),
}));
