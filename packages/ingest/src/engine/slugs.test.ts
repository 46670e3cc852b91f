import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SerialExecutor } from "./executor";
import { uniqueSlugs } from "./slugs";

// New rows' slugs: distinct, and never one the table holds, whichever rows want the same slugs.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const slug = fc.constantFrom("pensions", "pensions-fr", "health", "health-2", "health-12", "e-services", "family");
const choices = fc.array(fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }), { maxLength: 12 });

describe("uniqueSlugs", () => {
  it("gives each row a slug the table does not hold and no other row gets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(slug), choices, async (existing, wanted) => {
        await t.db.execute(sql`delete from topics`);
        for (const s of existing) await t.db.execute(sql`insert into topics (name, slug) values (${s}, ${s})`);
        const given = await uniqueSlugs(new SerialExecutor(t.db), "topics", wanted);
        expect(given).toHaveLength(wanted.length);
        expect(new Set(given).size).toBe(wanted.length);
        for (const one of given) expect(existing).not.toContain(one);
      }),
      { numRuns: 40 },
    );
  });
});
