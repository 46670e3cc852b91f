import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardDistinctions, distinctionName, distinctions, distinctionSlugs } from "./domain";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("award distinctions", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("are the database's enum, in its order (the migrations agree with the one definition)", async () => {
    const [row] = await t.db.execute<{ values: string[] }>(
      sql`select enum_range(null::award_distinction)::text[] as values`,
    );
    expect(row!.values).toEqual([...awardDistinctions]);
  });

  it("have one slug and one name each, and the names ISSA gives them", () => {
    expect(new Set(distinctionSlugs).size).toBe(distinctions.length);
    expect(new Set(distinctions.map((d) => d.name)).size).toBe(distinctions.length);
    expect(distinctionName("certificate_of_merit_special_mention")).toBe("Certificate of Merit with Special Mention");
    expect(distinctionName(null)).toBeNull();
    expect(distinctionName("not a distinction")).toBeNull();
  });
});
