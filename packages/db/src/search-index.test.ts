import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing";

/**
 * The plan of a query with sequential scans ruled out. On a few thousand rows a scan is often
 * cheaper and the planner rightly picks it; ruling it out shows which index serves the query
 * (without a usable index the plan stays a disabled Seq Scan, and the assertion fails).
 */
async function plan(t: TestDatabase, query: ReturnType<typeof sql>): Promise<string> {
  return t.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await tx.execute<{ "QUERY PLAN": string }>(sql`explain ${query}`);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

async function matches(t: TestDatabase, q: string): Promise<string[]> {
  const rows = await t.db.execute<{ slug: string }>(
    sql`select slug from practices where search_vector @@ websearch_to_tsquery('gp_english', ${q}) order by slug`,
  );
  return rows.map((r) => r.slug);
}

describe("full-text and trigram search", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.execute(sql`
      insert into institutions (name, acronym, slug, country_id, match_key)
      select 'Institute ' || i, 'I' || i, 'institute-' || i, (select id from countries where code = 'PY'), 'institute ' || i
      from generate_series(1, 50) i`);
    await t.db.execute(
      sql`insert into topics (name, slug) values ('Old-age pensions', 'old-age-pensions'), ('Family benefits', 'family-benefits')`,
    );
    await t.db.execute(sql`
      insert into practices (slug, title, summary, institution_id, implementation_year, fingerprint)
      select 'practice-' || i,
        case when i % 10 = 0 then 'Digital pension statement ' || i else null end,
        'Practice ' || i || ' of the Instituto de Previsión Social improves '
          || (array['unemployment benefits', 'maternity allowances', 'contribution collection', 'fraud detection'])[1 + i % 4]
          || ' with automated processing.',
        (select min(id) from institutions) + i % 50, 2000 + i % 24, 'fp-' || i
      from generate_series(1, 4000) i`);
    await t.db.execute(sql`insert into practice_topics (practice_id, topic_id)
      select p.id, (select id from topics where slug = 'old-age-pensions') from practices p where p.slug = 'practice-7'`);
    await t.db.execute(
      sql`insert into search_terms (term, documents) select md5(i::text), i from generate_series(1, 50000) i`,
    );
    await t.db.execute(sql`insert into search_terms (term, documents) values ('pension', 40)`);
    await t.db.execute(sql`analyze`);
  });
  afterAll(() => t.drop());

  it("uses the GIN index on the weighted document", async () => {
    const text = await plan(
      t,
      sql`select id from practices where search_vector @@ websearch_to_tsquery('gp_english', 'practice 1234')`,
    );
    expect(text).toContain("practices_search_idx");
  });

  it("stores the document with storage EXTERNAL: out of line, never tried with pglz", async () => {
    const [column] = await t.db.execute<{ storage: string }>(sql`
      select attstorage as storage from pg_attribute where attrelid = 'practices'::regclass and attname = 'search_vector'`);
    expect(column?.storage).toBe("e");
  });

  it("uses the trigram index for similar titles and for the vocabulary", async () => {
    expect(await plan(t, sql`select id from practices where title % 'digital pensoin statement'`)).toContain(
      "practices_title_trgm_idx",
    );
    expect(await plan(t, sql`select term from search_terms where term % 'pensoin'`)).toContain("search_terms_trgm_idx");
    const [best] = await t.db.execute<{ term: string }>(
      sql`select term from search_terms where term % 'pensoin' order by similarity(term, 'pensoin') desc limit 1`,
    );
    expect(best?.term).toBe("pension");
  });

  it("weights title over institution and topics over summary", async () => {
    const [row] = await t.db.execute<{ doc: string }>(
      sql`select search_vector::text as doc from practices where slug = 'practice-10'`,
    );
    expect(row?.doc).toMatch(/'digit':1A/);
    expect(row?.doc).toMatch(/'institut':\d+B/);
    expect(row?.doc).toMatch(/'paraguay':\d+B/);
    expect(row?.doc).toMatch(/'autom':\d+C/);
  });

  it("folds accents on both sides", async () => {
    expect((await matches(t, "prevision")).length).toBe(4000);
    expect((await matches(t, "Previsión")).length).toBe(4000);
  });

  it("keeps topic_ids and the document in step with topics, renames and institutions", async () => {
    expect(await matches(t, "pensions")).toContain("practice-7");
    expect(await matches(t, "pensions")).not.toContain("practice-11");

    await t.db.execute(sql`update topics set name = 'Retirement income' where slug = 'old-age-pensions'`);
    expect(await matches(t, "retirement")).toEqual(["practice-7"]);
    expect(await matches(t, "pensions -digital")).toEqual([]);

    await t.db.execute(sql`insert into practice_topics (practice_id, topic_id)
      select p.id, (select id from topics where slug = 'family-benefits') from practices p where p.slug = 'practice-7'`);
    const [ids] = await t.db.execute<{ n: number }>(
      sql`select cardinality(topic_ids) as n from practices where slug = 'practice-7'`,
    );
    expect(ids?.n).toBe(2);
    expect(await matches(t, "family")).toEqual(["practice-7"]);

    await t.db.execute(
      sql`delete from practice_topics where practice_id = (select id from practices where slug = 'practice-7')`,
    );
    expect(await matches(t, "family")).toEqual([]);
    const [after] = await t.db.execute<{ ids: number[] }>(
      sql`select topic_ids as ids from practices where slug = 'practice-7'`,
    );
    expect(after?.ids).toEqual([]);

    await t.db.execute(
      sql`update institutions set acronym = 'IPSX' where id = (select institution_id from practices where slug = 'practice-7')`,
    );
    const renamed = await matches(t, "ipsx");
    expect(renamed).toContain("practice-7");
    expect(renamed).toHaveLength(80);
  });
});
