import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL full-text document. Written only by database triggers (see migrations). */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

export const bytea = customType<{ data: Buffer }>({
  dataType() {
    return "bytea";
  },
});
