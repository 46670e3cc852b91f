// The public queries on the real sample data: the ISSA listing imported the way `npm start` does.
import { headlineCounts } from "@gp/db/practices";
import { parseSearchParams, resolveFilter, runSearch, searchFacets, type SearchParams } from "@gp/db/search";
import {
  bruteForceFacets,
  expectFacetsToMatch,
  loadPractices,
  topicSlugs,
  type PlainPractice,
} from "@gp/db/testing/search";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { importFiles, sampleListing } from "@gp/ingest";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("search over the sample listing", () => {
  let t: TestDatabase;
  let practices: PlainPractice[];
  let topics: string[];
  const none = parseSearchParams({}).params;
  const search = (query: string) => runSearch(t.db, parseSearchParams(new URLSearchParams(query)), { facets: true });

  beforeAll(async () => {
    t = await createTestDatabase();
    await importFiles(t.db, [sampleListing], { actor: "test" });
    practices = await loadPractices(t.db);
    topics = await topicSlugs(t.db);
  });
  afterAll(() => t.drop());

  it("holds the 81 practices of the 91 records, from 14 institutions in 3 countries", async () => {
    expect(await headlineCounts(t.db)).toMatchObject({ practices: 81, institutions: 14, countries: 3, topics: 44 });
    const { facets } = await search("");
    expect(facets!.region.map((r) => r.slug).sort()).toEqual(["americas", "europe"]);
    expect(facets!.country.map((c) => c.slug).sort()).toEqual(["belgium", "paraguay", "poland"]);
  });

  it("counts every facet as a brute-force count does, for any query and filters", async () => {
    const params = fc.record({
      q: fc.constantFrom(
        "",
        "pension",
        "fraud",
        "digital -pension",
        '"social security"',
        "children or family",
        "prevision",
      ),
      topic: fc.subarray(topics, { maxLength: 3 }),
      country: fc.subarray(["belgium", "poland", "paraguay"], { maxLength: 2 }),
      region: fc.subarray(["europe", "americas"], { maxLength: 1 }),
      institution: fc.constant([] as string[]),
      implementedFrom: fc.option(fc.integer({ min: 1995, max: 2024 }), { nil: undefined }),
      awardYear: fc.subarray([2013, 2016, 2019, 2022, 2023, 2024], { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        const search: SearchParams = { ...none, ...p };
        const { filter } = await resolveFilter(t.db, search);
        const actual = await searchFacets(t.db, filter, { institutionLimit: 100 });
        const expected = await bruteForceFacets(t.db, practices, search);
        expectFacetsToMatch(actual, expected);
      }),
      { numRuns: 40 },
    );
  });

  it("finds practices for misspelt words", async () => {
    const pensoin = await search("q=pensoin");
    expect(pensoin.correction).toEqual({ from: "pensoin", to: "pension" });
    expect(pensoin.results.total).toBe((await search("q=pension")).results.total);
    expect(pensoin.results.total).toBeGreaterThan(5);
    // "fraude" reaches "fraud" through English stemming, without a correction.
    const fraude = await search("q=fraude");
    expect(fraude.correction).toBeUndefined();
    expect(fraude.results.total).toBe((await search("q=fraud")).results.total);
    const typo = await search("q=unemplyment");
    expect(typo.correction?.to).toBe("unemployment");
    expect(typo.results.total).toBeGreaterThan(0);
  });

  it("pages within bounds: 81 practices make 4 full pages of 20 and one of 1", async () => {
    expect((await search("page=4")).results.items).toHaveLength(20);
    expect((await search("page=5")).results).toMatchObject({ total: 81, items: [expect.anything()] });
    expect((await search("page=6")).results).toMatchObject({ total: 81, items: [] });
    expect((await search("page=2&pageSize=50")).results.items).toHaveLength(31);
  });
});
