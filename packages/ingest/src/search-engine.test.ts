// The in-process search engine (@gp/db/search-engine) against PostgreSQL's full-text search on the
// sample ISSA listing: the same practices for every word of the corpus, for phrases, exclusions and
// "or"; each accepted difference has a test of its own below.
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { parseSearchParams, runSearch, SearchEngine } from "@gp/db/search";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText, seedText } from "./test-support";

describe("the search engine on the sample listing", () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  let words: string[];
  beforeAll(async () => {
    t = await createTestDatabase();
    await importText(t.db, seedText);
    engine = await SearchEngine.build(t.db);
    words = [...new Set(seedText.toLowerCase().match(/\p{L}+/gu))].sort();
  });
  afterAll(() => t.drop());

  // The SQL search (search_vector @@ websearch_to_tsquery('gp_english', q)) and the engine, all matches (81 < 100).
  const slugs = async (q: string, withEngine: boolean) =>
    (
      await runSearch(t.db, parseSearchParams({ q, pageSize: "100" }), {
        engine: withEngine ? engine : undefined,
        correct: false,
      })
    ).results.items
      .map((i) => i.slug)
      .sort();
  const postgres = (q: string) => slugs(q, false);
  const mine = (q: string) => slugs(q, true);
  // What PostgreSQL's full-text search finds for each query, in one statement: thousands of queries
  // through the SQL search's pages would take minutes on a busy machine (the SQL search itself is
  // compared with the engine, page, facets and all, by @gp/db's engine.test.ts).
  const matchedBy = async (queries: string[]) => {
    const rows = await t.db.execute<{ q: string; slugs: string[] }>(sql`
      select q, coalesce(array_agg(p.slug order by p.slug) filter (where p.slug is not null), '{}') as slugs
      from unnest(${sql.param([...new Set(queries)])}::text[]) q
        left join practices p on p.status = 'published'
          -- A query of stop words only searches nothing, so the search ignores it and lists everything.
          and (numnode(websearch_to_tsquery('gp_english', q)) = 0 or p.search_vector @@ websearch_to_tsquery('gp_english', q))
      group by q`);
    return new Map(rows.map((r) => [r.q, [...r.slugs].sort()]));
  };
  const differing = async (queries: string[]) => {
    const expected = await matchedBy(queries);
    const out: string[] = [];
    for (const q of queries) if (JSON.stringify(await mine(q)) !== JSON.stringify(expected.get(q))) out.push(q);
    return out;
  };

  it("finds what PostgreSQL finds for every word of the listing, but the parts of web addresses", async () => {
    expect(words.length).toBeGreaterThan(1000);
    // "mypension.be" and "e.g." are one token each for PostgreSQL (host, file); see the test below.
    expect(await differing(words)).toEqual(["e", "g", "mypension", "pl"]);
  });

  it("finds what PostgreSQL finds for phrases, exclusions and or", async () => {
    // Without the parts of web addresses (the accepted difference above).
    const plain = words.filter((w) => !["e", "g", "mypension", "pl"].includes(w));
    const pick = (step: number, offset: number) => plain.filter((_, i) => i % step === offset);
    const text = seedText.toLowerCase().replace(/\s+/g, " ");
    const phrases = [...text.matchAll(/\b(\p{L}+) (\p{L}+) (\p{L}+)\b/gu)]
      .filter((_, i) => i % 30 === 0)
      .map((m) => `"${m[0]}"`);
    expect(phrases.length).toBeGreaterThan(50);
    const a = pick(7, 0);
    const b = pick(7, 3);
    const exclusions = a.map((w, i) => `${w} -${b[i % b.length]}`);
    const ors = a.map((w, i) => `${w} or ${b[i % b.length]}`);
    const mixed = a.slice(0, 60).map((w, i) => `pension ${w} or -${b[i]} social`);
    expect(await differing([...phrases, ...exclusions, ...ors, ...mixed])).toEqual([]);
  });

  it("accepted difference: a web address is words (mypension finds mypension.be), PostgreSQL kept it one token", async () => {
    const found = await mine("mypension");
    expect(found.length).toBeGreaterThan(0);
    expect(await postgres("mypension")).toEqual([]);
    // The whole address finds the same practices in both.
    expect(await mine("mypension.be")).toEqual(found);
    expect(await postgres("mypension.be")).toEqual(found);
  });

  it("accepted difference: a phrase never spans two fields (PostgreSQL's concatenated document let it span title and institution)", async () => {
    const [row] = await t.db.execute<{ slug: string; first: string }>(sql`
      select p.slug, split_part(p.summary, ' ', 1) as first from practices p where p.status = 'published' order by p.id limit 1`);
    // The last word of the institution's country and the first word of the summary are adjacent in PostgreSQL's document only.
    const [place] = await t.db.execute<{ country: string }>(sql`
      select c.name as country from practices p join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id where p.slug = ${row!.slug}`);
    expect(place).toBeDefined();
    const q = `"${row!.first} ${place!.country.split(" ").pop()}"`;
    expect(await mine(q)).not.toContain(row!.slug);
  });
});
