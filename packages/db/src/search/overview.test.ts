import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { collectionOverview, type Overview } from "../queries/overview";
import { loadSearchFixture } from "../queries/testing/search-fixture";
import type { Lang } from "./analyser";
import { SearchEngine } from "./engine";

// The home page's and the browse lists' figures from the index must be SQL's (countryCounts,
// headlineCounts, topicFacet and latestAwarded), before and after changes the feed brings.
describe("the collection's overview from the index", () => {
  let t: TestDatabase;
  let engine: SearchEngine;

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    engine = await SearchEngine.build(t.db);
  });
  afterAll(() => t.drop());

  // Countries with equal counts come in the database's collation from SQL; compare them by slug.
  // The latest awarded, as the home page asks for them with the overview.
  const latestAwardedPractices = async (db: TestDatabase["db"], limit: number, lang: Lang, options = {}) =>
    (await collectionOverview(db, { ...options, latest: { limit, lang } })).latest;
  const comparable = (o: Overview) => ({
    ...o,
    countries: [...o.countries].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
  });
  const both = async () => {
    const fromSql = await collectionOverview(t.db);
    const fromIndex = await collectionOverview(t.db, { engine });
    return { fromSql: comparable(fromSql), fromIndex: comparable(fromIndex) };
  };

  it("gives SQL's counts, topic tree and countries", async () => {
    const { fromSql, fromIndex } = await both();
    expect(fromSql.counts.practices).toBeGreaterThan(0);
    expect(fromSql.countries.length).toBeGreaterThan(1);
    expect(fromIndex).toEqual(fromSql);
  });

  it("gives SQL's latest awarded practices in every language", async () => {
    for (const lang of ["en", "fr", "de", "es"] as const) {
      const fromSql = await latestAwardedPractices(t.db, 4, lang);
      expect(fromSql.length).toBe(4);
      expect(await latestAwardedPractices(t.db, 4, lang, { engine })).toEqual(fromSql);
    }
  });

  it("follows a withdrawn practice, a moved institution and a renamed topic on the next call", async () => {
    await t.db.execute(sql`
      update practices set status = 'withdrawn'
      where id = (select id from practices where status = 'published' and award_year is not null
                  order by award_year desc, implementation_year desc nulls last, id desc limit 1)`);
    await t.db.execute(sql`
      update institutions set country_id = (select id from countries where code = 'NZ')
      where id = (select institution_id from practices where status = 'published' order by id limit 1)`);
    await t.db.execute(
      sql`update topics set name = 'Renamed for the overview' where id = (select min(id) from topics)`,
    );
    const { fromSql, fromIndex } = await both();
    expect(fromSql.topics.map((topic) => topic.name)).toContain("Renamed for the overview");
    expect(fromIndex).toEqual(fromSql);
    expect(await latestAwardedPractices(t.db, 4, "en", { engine })).toEqual(
      await latestAwardedPractices(t.db, 4, "en"),
    );
  });
});
