import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

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
