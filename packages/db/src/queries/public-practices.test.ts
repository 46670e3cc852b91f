import { SearchEngine } from "../search/engine";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { getCountry, getInstitution, getTopic, headlineCounts, latestAwarded } from "./browse";
import { distinctiveWords, getPublicPractice, relatedPractices, routePractice } from "./public-practices";
import { loadSearchFixture } from "./testing/search-fixture";

describe("public practice pages", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    // practice-2 was merged into practice-1, which was later merged into practice-4.
    await t.db.execute(
      sql`update practices set status = 'merged', merged_into_id = (select id from practices where slug = 'practice-4') where slug = 'practice-1'`,
    );
    await t.db.execute(
      sql`update practices set status = 'merged', merged_into_id = (select id from practices where slug = 'practice-1') where slug = 'practice-2'`,
    );
    const [batch] = await t.db.execute<{ id: number }>(sql`
      insert into import_batches (file_name, sha256, format, actor) values ('listing-2024.txt', ${"a".repeat(64)}, 'listing', 'cli') returning id`);
    await t.db.execute(sql`
      insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
      select id, ${batch!.id}, 10 * substr(slug, 10)::int, fingerprint, '{}' from practices where slug in ('practice-2', 'practice-4')`);
  });
  afterAll(() => t.drop());

  it("routes each status: published, merged to its final survivor, withdrawn, draft and unknown as missing", async () => {
    expect(await routePractice(t.db, "practice-4")).toMatchObject({ kind: "published" });
    expect(await routePractice(t.db, "practice-2")).toEqual({ kind: "merged", survivorSlug: "practice-4" });
    expect(await routePractice(t.db, "practice-1")).toEqual({ kind: "merged", survivorSlug: "practice-4" });
    expect(await routePractice(t.db, "practice-7")).toMatchObject({ kind: "withdrawn" });
    expect(await routePractice(t.db, "practice-5")).toEqual({ kind: "missing" });
    expect(await routePractice(t.db, "no-such-practice")).toEqual({ kind: "missing" });
    // A NUL from a URL (%00) finds nothing instead of failing the query.
    expect(await routePractice(t.db, "practice\u00001")).toEqual({ kind: "missing" });
    expect(await getPublicPractice(t.db, "practice\u00001")).toBeNull();
  });

  it("shows a published practice with its provenance, merged sources included", async () => {
    const practice = await getPublicPractice(t.db, "practice-4");
    expect(practice).toMatchObject({
      slug: "practice-4",
      titleDerived: true,
      institution: { slug: "national-social-security-fund" },
      country: { slug: "kenya", code: "KE" },
      region: { slug: "africa" },
      implementationYear: 2014,
      awardYear: null,
    });
    expect(practice!.sources.map((s) => s.line)).toEqual([20, 40]);
    expect(practice!.sources[0]).toMatchObject({ fileName: "listing-2024.txt" });
    expect(practice!.sources[0]!.importedAt).toBeInstanceOf(Date);
    expect(practice!.createdAt).toBeInstanceOf(Date);
    expect(practice!.curatedAt).toBeNull();
    await t.db.execute(sql`update practices set curated_at = '2025-03-04T05:06:07Z' where slug = 'practice-4'`);
    expect((await getPublicPractice(t.db, "practice-4"))!.curatedAt).toEqual(new Date("2025-03-04T05:06:07Z"));
    expect(await getPublicPractice(t.db, "practice-5")).toBeNull();
  });

  for (const way of ["SQL", "the search index"])
    it(`relates practices that share topics or distinctive words, never itself or unpublished ones (${way})`, async () => {
      const practice = (await getPublicPractice(t.db, "practice-8"))!;
      const engine = way === "SQL" ? undefined : await SearchEngine.build(t.db);
      const related = await relatedPractices(t.db, practice, { limit: 5, engine });
      expect(related.length).toBe(5);
      const [live] = await t.db.execute<{ slugs: string[] }>(
        sql`select array_agg(slug) as slugs from practices where status = 'published'`,
      );
      for (const r of related) {
        expect(r.slug).not.toBe("practice-8");
        expect(live!.slugs).toContain(r.slug);
      }
      const mine = new Set(practice.topics.map((x) => x.slug));
      expect(related[0]!.topics.some((x) => mine.has(x.slug)) || related[0]!.snippet.includes("Case")).toBe(true);
    });

  it("picks the rarest words, as many as stay within the budget of practices they match together", async () => {
    await t.db.execute(sql`
      insert into search_terms (term, documents) values ('zzalpha', 2), ('zzbeta', 3), ('zzgamma', 10), ('zzdelta', 1), ('zzepsilon', 40)`);
    const words = ["zzgamma", "zzepsilon", "zzdelta", "zzbeta", "zzalpha", "zznowhere"];
    expect(await distinctiveWords(t.db, words, 5)).toEqual(["zzalpha", "zzbeta"]);
    expect(await distinctiveWords(t.db, words, 1)).toEqual(["zzalpha"]);
    expect(await distinctiveWords(t.db, words, 1000)).toEqual(["zzalpha", "zzbeta", "zzgamma", "zzepsilon"]);
    expect(await distinctiveWords(t.db, [], 1000)).toEqual([]);
    await t.db.execute(sql`delete from search_terms where term like 'zz%'`);
  });

  it("gives the browse pages their counts", async () => {
    const counts = await headlineCounts(t.db);
    const [row] = await t.db.execute<{ n: number; awarded: number }>(
      sql`select count(*)::int as n, count(award_year)::int as awarded from practices where status = 'published'`,
    );
    expect(counts).toMatchObject({
      practices: row!.n,
      awarded: row!.awarded,
      countries: 4,
      institutions: 5,
      topics: 7,
    });
    const latest = await latestAwarded(t.db, 3);
    expect(latest.map((p) => p.awardYear)).toEqual([...latest.map((p) => p.awardYear)].sort((a, b) => b! - a!));
    expect(await getTopic(t.db, "information-and-communication-technology")).toMatchObject({
      parent: null,
      children: [{ slug: "data-analytics" }, { slug: "e-services" }],
    });
    expect(await getTopic(t.db, "children")).toMatchObject({ parent: { slug: "family-benefits" } });
    expect((await getCountry(t.db, "belgium"))?.institutions.map((i) => i.slug).sort()).toEqual([
      "federal-pension-service",
      "national-employment-office",
    ]);
    expect(await getInstitution(t.db, "instituto-de-prevision-social")).toMatchObject({
      country: { slug: "paraguay" },
      region: { slug: "americas" },
    });
    expect(await getTopic(t.db, "nope")).toBeNull();
  });
});
