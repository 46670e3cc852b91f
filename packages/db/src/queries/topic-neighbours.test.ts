import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { loadSearchFixture } from "./testing/search-fixture";
import { combinations, topicNeighbours } from "./topic-neighbours";

describe("practices sharing the most topics", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    // 540 more practices with one to six of 12 topics each, drawn from a hash of the number, and
    // award years with ties, so that every level and every tie-break is exercised.
    await t.db.execute(sql`
      insert into topics (name, slug) select 'Extra topic ' || n, 'extra-topic-' || n from generate_series(1, 5) n`);
    await t.db.execute(sql`
      insert into practices (slug, summary, institution_id, implementation_year, award_year, status, fingerprint)
      select 'extra-' || n, 'Extra practice ' || n || '.', (select min(id) from institutions), 2015,
        case when n % 5 = 0 then null else 2010 + n % 4 end,
        case when n % 23 = 0 then 'draft' else 'published' end::practice_status, 'fp-extra-' || n
      from generate_series(1, 540) n`);
    await t.db.execute(sql`
      insert into practice_topics (practice_id, topic_id)
      select p.id, t.id from practices p
      join lateral (select k from generate_series(1, 1 + abs(hashtext(p.slug)) % 6) k) k on true
      join lateral (select id from topics order by id offset abs(hashtext(p.slug || k.k)) % 12 limit 1) t on true
      where p.slug like 'extra-%'
      on conflict do nothing`);
  });
  afterAll(() => t.drop());

  /** The plain definition: score every practice that shares a topic. */
  async function everyOneScored(id: number, topics: number[], limit: number): Promise<number[]> {
    const rows = await t.db.execute<{ id: number }>(sql`
      select p.id from practices p
      where p.topic_ids && ${sql.param(topics)}::int[] and p.status = 'published' and p.id <> ${id}
      order by (select count(*) from unnest(p.topic_ids) t where t = any(${sql.param(topics)}::int[])) desc,
        p.award_year desc nulls last, p.id desc
      limit ${limit}`);
    return rows.map((row) => row.id);
  }

  it("finds exactly what scoring every practice finds, for every practice and several limits", async () => {
    const practices = await t.db.execute<{ id: number; topicIds: number[] }>(sql`
      select id, topic_ids as "topicIds" from practices where status = 'published' order by id`);
    expect(practices.length).toBeGreaterThan(500);
    let compared = 0;
    for (const [i, practice] of practices.entries()) {
      if (i % 7 !== 0) continue;
      for (const limit of [3, 100]) {
        expect(await topicNeighbours(t.db, practice.id, practice.topicIds, limit)).toEqual(
          practice.topicIds.length ? await everyOneScored(practice.id, practice.topicIds, limit) : [],
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(140);
  });

  it("lists subsets of each size in order, up to a cap", () => {
    expect(combinations([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [1, 3],
      [1, 4],
      [2, 3],
      [2, 4],
      [3, 4],
    ]);
    expect(combinations([1, 2, 3], 3)).toEqual([[1, 2, 3]]);
    expect(combinations([1, 2, 3, 4, 5, 6], 3, 7)).toHaveLength(7);
  });
});
