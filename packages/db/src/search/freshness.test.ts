import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { updatePractice } from "../queries/curation-practices";
import { fixtureUser } from "../queries/fixtures.test-support";
import { runSearch } from "../queries/public-search";
import { parseSearchParams } from "../queries/search-params";
import { loadSearchFixture } from "../queries/testing/search-fixture";
import { renameTopic } from "../queries/topics-admin";
import { SnapshotCache } from "../queries/snapshot-cache";
import { SearchEngine } from "./engine";

describe("the search engine is never stale", () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  let editor: number;
  const search = (query: string) =>
    runSearch(t.db, parseSearchParams(new URLSearchParams(`${query}&pageSize=100`)), {
      engine,
      facets: true,
      correct: false,
    });
  const slugs = async (query: string) => (await search(query)).results.items.map((i) => i.slug).sort();
  const published = async (n = 1) =>
    t.db.execute<{ id: number; slug: string; version: number }>(
      sql`select id, slug, version from practices where status = 'published' order by id limit ${n}`,
    );

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    editor = await fixtureUser(t.db);
    engine = await SearchEngine.build(t.db);
  });
  afterAll(() => t.drop());

  it("shows an editor's save on the next search", async () => {
    const [practice] = await published();
    expect(await slugs("q=zebra")).toEqual([]);
    const saved = await updatePractice(t.db, {
      id: practice!.id,
      expectedVersion: practice!.version,
      changes: { title: "Zebra crossings for school children" },
      actorId: editor,
    });
    expect(saved.status).toBe("saved");
    expect(await slugs("q=zebra")).toEqual([practice!.slug]);
  });

  it("names the snapshot it answered under, read after the request, so a cache keyed by it shows a commit", async () => {
    const cache = new SnapshotCache();
    const [topic] = await t.db.execute<{ id: number }>(sql`select id from topics order by id limit 1`);
    const name = async () =>
      (await t.db.execute<{ name: string }>(sql`select name from topics where id = ${topic!.id}`))[0]!.name;
    const before = await search("q=pension");
    expect(before.snapshot).toMatch(/^\d+:\d+:/);
    const old = await cache.get(t.db, "name", name, before.snapshot);
    await t.db.execute(sql`update topics set name = name || ' (renamed)' where id = ${topic!.id}`);
    const after = await search("q=pension");
    expect(after.snapshot).not.toBe(before.snapshot);
    expect(await cache.get(t.db, "name", name, after.snapshot)).toBe(`${old} (renamed)`);
    await t.db.execute(sql`update topics set name = ${old} where id = ${topic!.id}`);
  });

  it("drops a practice withdrawn, and brings it back when published again", async () => {
    const [, practice] = await published(2);
    const total = (await search("")).results.total;
    await t.db.execute(sql`update practices set status = 'withdrawn' where id = ${practice!.id}`);
    expect((await search("")).results.total).toBe(total - 1);
    await t.db.execute(sql`update practices set status = 'published' where id = ${practice!.id}`);
    expect((await search("")).results.total).toBe(total);
  });

  it("follows a renamed topic in the facets and in the words that find its practices", async () => {
    const [topic] = await t.db.execute<{ id: number; slug: string }>(
      sql`select t.id, t.slug from topics t where exists (select 1 from practices p where p.status = 'published' and t.id = any(p.topic_ids)) order by t.id limit 1`,
    );
    expect(await slugs("q=quokka")).toEqual([]);
    await renameTopic(t.db, { id: topic!.id, name: "Quokka welfare", actorId: editor });
    const after = await search("q=quokka");
    expect(after.results.total).toBeGreaterThan(0);
    expect(after.facets!.topic.find((o) => o.slug === topic!.slug)?.name).toBe("Quokka welfare");
  });

  it("counts and filters by an institution's new country and a practice's new award, as SQL does", async () => {
    // The facets count places (institution, country, region) and times (years, distinction) of
    // slots: a move or an edit must give the practices new ones.
    const [moved] = await t.db.execute<{ id: number; country: number }>(sql`
      select i.id, c.id as country from institutions i join countries c on c.id <> i.country_id
      where exists (select 1 from practices p where p.institution_id = i.id and p.status = 'published')
      order by i.id, c.id limit 1`);
    const [, , practice] = await published(3);
    const compare = async (query: string) => {
      const parsed = parseSearchParams(new URLSearchParams(`${query}&pageSize=100`));
      const mine = await search(query);
      const sqlAnswer = await runSearch(t.db, parsed, { facets: true, correct: false });
      expect(mine.facets).toEqual(sqlAnswer.facets);
      expect(mine.results.total).toBe(sqlAnswer.results.total);
      return mine;
    };
    const before = await compare("");
    await t.db.execute(sql`update institutions set country_id = ${moved!.country} where id = ${moved!.id}`);
    await t.db.execute(
      sql`update practices set award_year = 1987, award_distinction = 'certificate_of_merit' where id = ${practice!.id}`,
    );
    const after = await compare("");
    expect(after.facets).not.toEqual(before.facets);
    expect(after.facets!.awardYear).toContainEqual({ year: 1987, count: 1 });
    const [country] = await t.db.execute<{ slug: string; region: string }>(
      sql`select c.slug, r.slug as region from countries c join regions r on r.id = c.region_id where c.id = ${moved!.country}`,
    );
    await compare(`country=${country!.slug}`);
    await compare(`region=${country!.region}&awardYear=1987`);
    await compare(`awardYear=1987&distinction=certificate-of-merit`);
  });

  it("sees a transaction that began before another but committed after it (no gap in the feed)", async () => {
    const [a, b] = await published(2);
    const early = await t.db.$client.reserve();
    try {
      await early`begin`;
      await early`update practices set title = 'Wombat outreach' where id = ${a!.id}`;
      await t.db.execute(sql`update practices set title = 'Platypus outreach' where id = ${b!.id}`);
      expect(await slugs("q=platypus")).toEqual([b!.slug]);
      expect(await slugs("q=wombat")).toEqual([]);
      await early`commit`;
    } finally {
      early.release();
    }
    expect(await slugs("q=wombat")).toEqual([a!.slug]);
  });

  it("applies a large change (an import) before the searches that wait for it, with SQL's results", async () => {
    const [model] = await published();
    expect(await slugs("q=numbat")).toEqual([]);
    await t.db.execute(sql`
      insert into practices (slug, title, summary, institution_id, implementation_year, award_year, status, fingerprint, topic_ids)
      select 'numbat-' || g, 'Numbat survey ' || g, p.summary, p.institution_id, p.implementation_year, p.award_year,
        'published', md5('numbat' || g), p.topic_ids
      from practices p cross join generate_series(1, 1500) g where p.id = ${model!.id}`);
    const fromSql = await runSearch(t.db, parseSearchParams(new URLSearchParams("q=numbat&pageSize=100")), {
      facets: true,
      correct: false,
    });
    expect(fromSql.results.total).toBe(1500);
    // More changes than are applied without yielding: searches asked meanwhile share the catch-up
    // and answer from the index once it has every change, never from an index without them.
    const [first, second, ready] = await Promise.all([
      search("q=numbat"),
      search("q=numbat survey"),
      engine.refresh(t.db),
    ]);
    expect(ready).toBe(true);
    expect(engine.store.slotOf.size).toBeGreaterThan(1500);
    for (const answer of [first, second]) {
      expect(answer.results.total).toBe(1500);
      expect(answer.facets).toEqual(fromSql.facets);
    }
  });
});
