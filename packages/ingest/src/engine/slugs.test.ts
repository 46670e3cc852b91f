import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SerialExecutor } from "./executor";
import { uniqueSlugs } from "./slugs";

// New rows' slugs: never one the table holds, and, in a first import (which chooses its practices'
// slugs in memory: the table was empty and the import holds it), the one asking the table gives.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** An executor that fails the test if anything asks the database. */
const unreachable = {
  execute: () => {
    throw new Error("asked the database");
  },
} as unknown as SerialExecutor;

const slug = fc.constantFrom("pensions", "pensions-fr", "health", "health-2", "health-12", "e-services", "family");
const choices = fc.array(fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }), { maxLength: 12 });

describe("uniqueSlugs", () => {
  it("gives free slugs, the same from the import's own slugs without asking the table, and remembers them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(slug), choices, async (existing, wanted) => {
        await t.db.execute(sql`delete from topics`);
        for (const s of existing) await t.db.execute(sql`insert into topics (name, slug) values (${s}, ${s})`);
        const asked = await uniqueSlugs(new SerialExecutor(t.db), "topics", wanted);
        const own = new Set(existing);
        const inMemory = await uniqueSlugs(unreachable, "topics", wanted, own);
        expect(inMemory).toEqual(asked);
        expect(new Set(inMemory).size).toBe(wanted.length);
        for (const given of asked) expect(existing).not.toContain(given);
        expect([...own].sort()).toEqual([...existing, ...inMemory].sort());
      }),
      { numRuns: 40 },
    );
  });
});
