import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { type Facets, searchFacets, searchPass } from "./facets";
import { resolveFilter } from "./search-filter";
import { parseSearchParams, type SearchParams } from "./search-params";
import { SnapshotCache } from "./snapshot-cache";
import { runSearch } from "./public-search";
import { SearchEngine } from "../search/engine";
import { bruteForceFacets, loadPractices, type PlainPractice } from "./testing/brute-force";
import { expectFacetsToMatch, fixtureSearches } from "./testing/facet-checks";
import { loadSearchFixture } from "./testing/search-fixture";

async function facetsOf(t: TestDatabase, params: SearchParams, cache?: SnapshotCache | SearchEngine): Promise<Facets> {
  if (cache instanceof SearchEngine) {
    const outcome = await runSearch(
      t.db,
      { params, issues: [] },
      { facets: true, institutionLimit: 100, engine: cache },
    );
    expect(outcome.issues).toEqual([]);
    return outcome.facets!;
  }
  const { filter, issues } = await resolveFilter(t.db, params);
  expect(issues).toEqual([]);
  if (!cache) return searchFacets(t.db, filter, { institutionLimit: 100 });
  return (await searchPass(t.db, filter, { institutionLimit: 100, sort: "newest-award", page: 1, pageSize: 5, cache }))
    .facets;
}

const none: SearchParams = parseSearchParams({}).params;

describe("disjunctive facet counts", () => {
  let t: TestDatabase;
  let practices: PlainPractice[];
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    practices = await loadPractices(t.db);
  });
  afterAll(() => t.drop());

  const ways = {
    "": () => undefined,
    ", with facet counts shared through the cache": () => new SnapshotCache(),
    ", from the in-process search index": () => SearchEngine.build(t.db),
  };
  for (const [way, using] of Object.entries(ways))
    it(`equal a brute-force count for any combination of query and filters${way}`, async () => {
      const cache = await using();
      const params = fixtureSearches([
        "",
        "pension",
        "fraud",
        "children -pension",
        '"social security"',
        "previsión",
        "fraud or pension",
      ]);
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const search: SearchParams = { ...none, ...p };
          const expected = await bruteForceFacets(t.db, practices, search);
          expectFacetsToMatch(await facetsOf(t, search, cache), expected);
        }),
        { numRuns: 40 },
      );
    });

  it("count within a facet as if its own selection were not made", async () => {
    const all = await facetsOf(t, none);
    const belgium = await facetsOf(t, { ...none, country: ["belgium"] });
    // The country facet is unchanged by choosing a country: each option shows what it would add.
    expect(belgium.country).toEqual(all.country);
    // Other facets narrow to Belgium.
    const belgianPractices = practices.filter((p) => p.country === "belgium");
    expect(belgium.region).toEqual([{ slug: "europe", name: "Europe", count: belgianPractices.length }]);
    expect(belgium.region[0]!.count).toBeLessThan(all.region.find((r) => r.slug === "europe")!.count);
  });

  it("count a parent topic once per practice however many of its children the practice has", async () => {
    const all = await facetsOf(t, none);
    const ict = practices.filter((p) =>
      p.topics.some((s) => ["information-and-communication-technology", "e-services", "data-analytics"].includes(s)),
    );
    expect(all.topic.find((o) => o.slug === "information-and-communication-technology")?.count).toBe(ict.length);
    expect(all.topic.find((o) => o.slug === "e-services")).toMatchObject({
      parent: "information-and-communication-technology",
      depth: 1,
    });
  });

  it("leave out practices that are not published", async () => {
    const all = await facetsOf(t, none);
    const [row] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from practices where status = 'published'`,
    );
    expect(all.region.reduce((sum, r) => sum + r.count, 0)).toBe(row!.n);
    expect(row!.n).toBeLessThan(60);
  });
});
