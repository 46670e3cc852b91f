import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { matchKey } from "../text";
import { referenceCountries } from "./countries";

describe("reference countries", () => {
  it("carry ISO codes, an ISSA region and a unique slug", () => {
    expect(referenceCountries.length).toBeGreaterThan(240);
    const slugs = new Set(referenceCountries.map((c) => c.slug));
    expect(slugs.size).toBe(referenceCountries.length);
    const poland = referenceCountries.find((c) => c.code === "PL");
    expect(poland).toMatchObject({ alpha3: "POL", numeric: "616", name: "Poland", slug: "poland", region: "europe" });
    expect(referenceCountries.find((c) => c.code === "PY")?.region).toBe("americas");
    expect(referenceCountries.find((c) => c.code === "TR")?.region).toBe("europe");
    expect(referenceCountries.find((c) => c.code === "AU")?.region).toBe("asia-and-the-pacific");
  });
});

describe("country aliases in the database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it.each([
    ["Korea, Republic of", "KR"],
    ["Iran (Islamic Republic of)", "IR"],
    ["Bolivia (Plurinational State of)", "BO"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Côte d'Ivoire", "CI"],
    ["Cote d’Ivoire", "CI"],
    ["Viet Nam", "VN"],
    ["Russian Federation", "RU"],
    ["Poland", "PL"],
    ["POL", "PL"],
  ])("%s is %s", async (name, code) => {
    const rows = await t.db.execute<{ code: string }>(sql`
      select c.code from country_aliases a join countries c on c.id = a.country_id where a.key = ${matchKey(name)}`);
    expect(rows[0]?.code).toBe(code);
  });
});
