import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { runSearch } from "../queries/public-search";
import { parseSearchParams, type SearchParams, sorts } from "../queries/search-params";
import { fixtureSearches } from "../queries/testing/facet-checks";
import { loadSearchFixture, loadTranslationFixture } from "../queries/testing/search-fixture";
import { SearchEngine } from "./engine";

const none: SearchParams = parseSearchParams({}).params;

describe("the in-process search engine", () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    await loadTranslationFixture(t.db);
    engine = await SearchEngine.build(t.db);
  });
  afterAll(() => t.drop());

  it("answers every search, in every language, with the SQL search's total, facets and pages (order too, except by relevance)", async () => {
    const params = fc
      .tuple(
        fixtureSearches([
          "",
          "pension",
          "pensions",
          "fraud",
          "children -pension",
          '"social security"',
          '"security information"',
          "previsión",
          "fraud or pension",
          "-pension",
          "employers data",
          "the",
          // Words of the translations (search-fixture.ts), each in its language and in others.
          "retraites",
          "données -fraude",
          '"portail de retraite"',
          "Renten",
          "Beitragsbetrug or portal",
          "pensiones",
          "pensión",
          "fraude",
          "le",
        ]),
        fc.record({
          lang: fc.constantFrom("en" as const, "fr" as const, "de" as const, "es" as const),
          sort: fc.option(fc.constantFrom(...sorts.map((s) => s.value)), { nil: undefined }),
          page: fc.integer({ min: 1, max: 3 }),
          pageSize: fc.constantFrom(3, 100),
        }),
      )
      .map(([search, rest]) => ({ ...search, ...rest }));
    await fc.assert(
      fc.asyncProperty(params, async ({ lang, ...p }) => {
        const parsed = { params: { ...none, ...p }, issues: [] };
        const sql = await runSearch(t.db, parsed, { facets: true, institutionLimit: 3, lang });
        const mine = await runSearch(t.db, parsed, { facets: true, institutionLimit: 3, engine, lang });
        expect(mine.results.total).toBe(sql.results.total);
        expect(mine.facets).toEqual(sql.facets);
        expect(mine.selected).toEqual(sql.selected);
        expect(mine.ignoredQuery).toEqual(sql.ignoredQuery);
        const slugs = (o: typeof sql) => o.results.items.map((i) => i.slug);
        if ((p.sort ?? (p.q ? "relevance" : "newest-award")) !== "relevance" || p.pageSize === 100) {
          const [a, b] = [slugs(mine), slugs(sql)];
          expect(p.pageSize === 100 ? a.sort() : a).toEqual(p.pageSize === 100 ? b.sort() : b);
        }
        const strip = (o: typeof sql) =>
          o.results.items.map(({ snippet: _snippet, ...rest }) => rest).sort((a, b) => a.slug.localeCompare(b.slug));
        if (p.pageSize === 100) expect(strip(mine)).toEqual(strip(sql));
      }),
      { numRuns: 150 },
    );
  });
});
