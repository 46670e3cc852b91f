import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../api";
import { sampleListing } from "../index";

// The search data an import writes in bulk: the practices' documents and their GIN indexes.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const practiceIndexes = async () =>
  (
    await t.db.execute<{ def: string }>(
      sql`select indexdef as def from pg_indexes where tablename = 'practices' order by indexname`,
    )
  ).map((r) => r.def);

describe("search data after an import", () => {
  it("a first import into the empty table builds the GIN indexes again, as they were, and searches use them", async () => {
    const before = await practiceIndexes();
    expect(before.filter((d) => d.includes("USING gin"))).toHaveLength(3);
    const report = await importFiles(t.db, [sampleListing], { actor: "test" });
    expect(report.added).toBe(81);
    expect(await practiceIndexes()).toEqual(before);

    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute<{ "QUERY PLAN": string }>(
        sql`explain select id from practices where search_vector @@ to_tsquery('gp_english', 'dobry')`,
      );
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("practices_search_idx");
    const [found] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from practices where search_vector @@ to_tsquery('gp_english', 'dobry')`,
    );
    expect(found!.n).toBe(1);
  });

  it("every new practice's document is the one the trigger computes (the import computes it set-based)", async () => {
    const [check] = await t.db.execute<{ practices: number; same: number }>(sql`
      select count(*)::int as practices,
        count(*) filter (where search_vector = practice_document(title, summary, institution_id, topic_ids))::int as same
      from practices`);
    expect(check).toEqual({ practices: 81, same: 81 });
  });
});
