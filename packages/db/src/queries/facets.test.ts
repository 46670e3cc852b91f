import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { type Facets, searchFacets, searchPass } from "./facets";
import { resolveFilter } from "./search-filter";
import { distinctions } from "../domain";
import { parseSearchParams, type SearchParams } from "./search-params";
import { SnapshotCache } from "./snapshot-cache";
import { runSearch } from "./public-search";
import { SearchEngine } from "../search/engine";
import { bruteForceFacets, loadPractices, type PlainPractice } from "./testing/brute-force";
import { fixtureInstitutions, fixtureTopics, loadSearchFixture } from "./testing/search-fixture";

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
      const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 3 });
      const params = fc.record({
        q: fc.constantFrom(
          "",
          "pension",
          "fraud",
          "children -pension",
          '"social security"',
          "previsión",
          "fraud or pension",
        ),
        topic: subset(fixtureTopics.map(([, slug]) => slug)),
        country: subset(["belgium", "poland", "paraguay", "kenya"]),
        region: subset(["europe", "americas", "africa"]),
        institution: subset(fixtureInstitutions.map(([, slug]) => slug)),
        implementedFrom: fc.option(fc.integer({ min: 2008, max: 2024 }), { nil: undefined }),
        implementedTo: fc.option(fc.integer({ min: 2008, max: 2024 }), { nil: undefined }),
        awardYear: subset([2013, 2015, 2018, 2020, 2022]),
        distinction: subset(distinctions.map((d) => d.slug)),
      });
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const search: SearchParams = { ...none, ...p };
          const expected = await bruteForceFacets(t.db, practices, search);
          const actual = await facetsOf(t, search, cache);
          expect(actual.topic.map((o) => [o.slug, o.count])).toEqual(expected.topic);
          expect(new Map(actual.country.map((o) => [o.slug, o.count]))).toEqual(expected.country);
          expect(new Map(actual.region.map((o) => [o.slug, o.count]))).toEqual(expected.region);
          expect(new Map(actual.institution.map((o) => [o.slug, o.count]))).toEqual(expected.institution);
          expect(new Map(actual.implementationYear.map((o) => [o.year, o.count]))).toEqual(expected.implementationYear);
          expect(new Map(actual.awardYear.map((o) => [o.year, o.count]))).toEqual(expected.awardYear);
          expect(new Map(actual.distinction.map((o) => [o.slug, o.count]))).toEqual(expected.distinction);
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
