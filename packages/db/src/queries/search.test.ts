import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { suggestQuery } from "./did-you-mean";
import { runSearch } from "./public-search";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./search";
import { everything } from "./search-filter";
import { streamPractices } from "./search-export";
import { parseSearchParams } from "./search-params";
import { loadSearchFixture } from "./testing/search-fixture";

describe("the public search", () => {
  let t: TestDatabase;
  const search = (query: string, facets = false) =>
    runSearch(t.db, parseSearchParams(new URLSearchParams(query)), { facets });
  const slugs = async (query: string) =>
    (await search(`${query}&pageSize=100`)).results.items.map((i) => i.slug).sort();
  let published: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    const [row] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from practices where status = 'published'`,
    );
    published = row!.n;
  });
  afterAll(() => t.drop());

  it("ORs values within a facet and ANDs facets together", async () => {
    const belgium = await slugs("country=belgium");
    const poland = await slugs("country=poland");
    const either = await slugs("country=belgium&country=poland");
    expect(either).toEqual([...belgium, ...poland].sort());
    const children = await slugs("topic=children");
    const both = await slugs("country=belgium&country=poland&topic=children");
    expect(both).toEqual(either.filter((s) => children.includes(s)));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(either.length);
  });

  it("includes a parent topic's children", async () => {
    const parent = await slugs("topic=information-and-communication-technology");
    const children = await slugs("topic=e-services&topic=data-analytics");
    for (const slug of children) expect(parent).toContain(slug);
    expect(parent.length).toBeGreaterThan(children.length);
  });

  it("pages through every result once, in order, and reports the bounds", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 7; page++) {
      const { results } = await search(`pageSize=10&page=${page}`);
      expect(results.total).toBe(published);
      expect(results.items.length).toBe(Math.max(0, Math.min(10, published - (page - 1) * 10)));
      seen.push(...results.items.map((i) => i.slug));
    }
    expect(new Set(seen).size).toBe(published);
    const past = await search("pageSize=10&page=40");
    expect(past.results).toMatchObject({ total: published, page: 40, items: [] });
    const newest = (await search("pageSize=100")).results.items.map((i) => i.awardYear ?? 0);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it("highlights the words that matched, only in the page's snippets", async () => {
    const { results } = await search("q=fraud");
    expect(results.total).toBeGreaterThan(0);
    // A practice may match through its topics ("Error, evasion and fraud") with no highlight in its summary.
    const marked = results.items.flatMap((i) =>
      [...i.snippet.matchAll(new RegExp(`${HIGHLIGHT_START}(.*?)${HIGHLIGHT_END}`, "g"))].map((m) => m[1]),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word?.toLowerCase()).toBe("fraud");
    const plain = await search("");
    expect(plain.results.items[0]?.snippet).not.toContain(HIGHLIGHT_START);
  });

  it("understands websearch syntax: phrases, exclusions and or", async () => {
    const pension = await slugs("q=pension");
    const children = await slugs("q=children");
    expect(await slugs("q=children -pension")).toEqual(children.filter((s) => !pension.includes(s)));
    expect(await slugs("q=children or pension")).toEqual([...new Set([...children, ...pension])].sort());
    expect((await slugs('q="contribution fraud"')).length).toBeGreaterThan(0);
    expect(await slugs('q="fraud contribution"')).toEqual([]);
  });

  it("finds results for a misspelt word and says what it searched instead", async () => {
    const outcome = await search("q=pensoin");
    expect(outcome.correction).toEqual({ from: "pensoin", to: "pension" });
    expect(outcome.results.total).toBe((await search("q=pension")).results.total);
    expect(outcome.results.total).toBeGreaterThan(0);
    expect(await suggestQuery(t.db, "Pensoin -fraud")).toBe("Pension -fraud");
    expect(await suggestQuery(t.db, "pension")).toBeNull();
    // Accents and English stems need no correction.
    expect((await search("q=prevision")).results.total).toBeGreaterThan(0);
    expect((await search("q=fraude")).results.total).toBe((await search("q=fraud")).results.total);
  });

  it("offers no correction that would find nothing", async () => {
    const outcome = await search("q=pensoin&country=kenya&topic=children&awardYear=2013");
    expect(outcome.results.total).toBe(0);
    expect(outcome.correction).toBeUndefined();
  });

  it("ignores a query of stop words only, and reports unknown slugs", async () => {
    const outcome = await search("q=the+of&topic=no-such-topic");
    expect(outcome.ignoredQuery).toBe("the of");
    expect(outcome.results.total).toBe(published);
    expect(outcome.issues).toEqual([{ param: "topic", message: 'There is no topic "no-such-topic".' }]);
  });

  it("streams every matching practice for downloads", async () => {
    const { filter, results } = await search("q=pension");
    let rows = 0;
    for await (const batch of streamPractices(t.db, filter, { batchSize: 7 })) {
      rows += batch.length;
      for (const row of batch) expect(row.updatedAt).toBeInstanceOf(Date);
    }
    expect(rows).toBe(results.total);
    let all = 0;
    for await (const batch of streamPractices(t.db, everything)) all += batch.length;
    expect(all).toBe(published);
  });
});
