import { relations } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { practices } from "./practices";
import { countries } from "./reference";

/** A social security institution, e.g. "Social Insurance Institution" in Poland. */
export const institutions = pgTable(
  "institutions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    name: text("name").notNull(),
    acronym: text("acronym"),
    slug: text("slug").notNull().unique(),
    countryId: integer("country_id")
      .notNull()
      .references(() => countries.id),
    /** The name normalised for matching; one institution per (country, key). */
    matchKey: text("match_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("institutions_country_key_idx").on(t.countryId, t.matchKey),
    index("institutions_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
  ],
);

export const institutionsRelations = relations(institutions, ({ one, many }) => ({
  country: one(countries, { fields: [institutions.countryId], references: [countries.id] }),
  practices: many(practices),
}));
