import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { addSearchTerms, rebuildSearchTerms } from "./search-terms";

async function terms(t: TestDatabase): Promise<Record<string, number>> {
  const rows = await t.db.execute<{ term: string; documents: number }>(sql`select term, documents from search_terms`);
  return Object.fromEntries(rows.map((r) => [r.term, r.documents]));
}

describe("the search vocabulary", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("adds each practice's words once, accent-folded", async () => {
    await addSearchTerms(t.db, ["Pensión reform: pension pension!", "Pension fraud"]);
    expect(await terms(t)).toEqual({ pension: 2, reform: 1, fraud: 1 });
  });

  it("rebuilds from the published practices to the same shape", async () => {
    await t.db.execute(sql`
      insert into institutions (name, slug, country_id, match_key)
      values ('Fund', 'fund', (select id from countries where code = 'BE'), 'fund')`);
    await t.db.execute(sql`
      insert into practices (slug, summary, institution_id, fingerprint, status)
      values ('a', 'Pensión reform: pension pension!', (select id from institutions), 'a', 'published'),
             ('b', 'Pension fraud', (select id from institutions), 'b', 'published'),
             ('c', 'Hidden draft words', (select id from institutions), 'c', 'draft')`);
    await rebuildSearchTerms(t.db);
    expect(await terms(t)).toEqual({ pension: 2, reform: 1, fraud: 1 });
  });
});
