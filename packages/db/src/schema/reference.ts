import { relations } from "drizzle-orm";
import { char, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { institutions } from "./institutions";

/** ISSA regions: Africa, Americas, Asia and the Pacific, Europe. Reference data, upserted on migrate. */
export const regions = pgTable("regions", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull().unique(),
});

/** ISO 3166 countries. Reference data, upserted on migrate; imports never create countries. */
export const countries = pgTable(
  "countries",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    /** ISO 3166-1 alpha-2, e.g. "PL". */
    code: char("code", { length: 2 }).notNull().unique(),
    /** ISO 3166-1 alpha-3, e.g. "POL". */
    alpha3: char("alpha3", { length: 3 }).notNull().unique(),
    /** ISO 3166-1 numeric, e.g. "616"; the id world-atlas uses. Null for the few codes without one (Kosovo). */
    numeric: char("numeric", { length: 3 }).unique(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id),
  },
  (t) => [index("countries_region_idx").on(t.regionId)],
);

/** Other spellings of a country's name ("Korea, Republic of", "Turkey"), matched case- and accent-insensitively. */
export const countryAliases = pgTable(
  "country_aliases",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    countryId: integer("country_id")
      .notNull()
      .references(() => countries.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    /** The alias normalised for matching (see @gp/db/reference `matchKey`). */
    key: text("key").notNull(),
  },
  (t) => [uniqueIndex("country_aliases_key_idx").on(t.key)],
);

export const regionsRelations = relations(regions, ({ many }) => ({
  countries: many(countries),
}));

export const countriesRelations = relations(countries, ({ one, many }) => ({
  region: one(regions, { fields: [countries.regionId], references: [regions.id] }),
  aliases: many(countryAliases),
  institutions: many(institutions),
}));

export const countryAliasesRelations = relations(countryAliases, ({ one }) => ({
  country: one(countries, { fields: [countryAliases.countryId], references: [countries.id] }),
}));
