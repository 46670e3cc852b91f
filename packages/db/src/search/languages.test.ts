import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { runSearch } from "../queries/public-search";
import { latestAwarded } from "../queries/browse";
import { getPublicPractice, relatedPractices } from "../queries/public-practices";
import { parseSearchParams } from "../queries/search-params";
import { saveTranslation } from "../queries/translations";
import { fixtureTranslations, loadSearchFixture, loadTranslationFixture } from "../queries/testing/search-fixture";
import { fixtureUser } from "../queries/fixtures.test-support";
import { analysers, type Lang } from "./analyser";
import { SearchEngine } from "./engine";

const search = (q: string) => parseSearchParams({ q, pageSize: "100" });

describe("search and text in ISSA's four languages", () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
    await loadTranslationFixture(t.db);
    engine = await SearchEngine.build(t.db);
  });
  afterAll(() => t.drop());

  // Hyphenated words are the known difference: PostgreSQL indexes "online-portal" whole and then its
  // parts, one position each; the index only the parts. Phrases across them are matched alike.
  it("analyses text as PostgreSQL's configuration of each language does (stop words, accents, stems, positions)", async () => {
    const texts: Array<[Lang, string]> = [
      ["en", "The pensions of the insured persons are paid by the Instituto de Previsión Social."],
      ...Object.entries(fixtureTranslations).flatMap(([lang, texts]) =>
        texts.map((text) => [lang as Lang, text.replaceAll("-", " ")] as [Lang, string]),
      ),
      ["fr", "Les retraités reçoivent leurs retraites à l'échéance ; été, où, à, déjà."],
      ["de", "Die Renten und Rentenversicherungsträger: Übergänge, Größe, Straße, über."],
      ["es", "Las pensiones y la pensión de los niños; también está él."],
    ];
    for (const [lang, text] of texts) {
      const [row] = await t.db.execute<{ v: string }>(
        sql`select to_tsvector(search_config(${lang}), ${text})::text as v`,
      );
      // 'term':1,4 'other':2 → position → term
      const fromPostgres = new Map<number, string>();
      for (const [, term, positions] of row!.v.matchAll(/'([^']+)':([\d,]+)/g))
        for (const p of positions!.split(",")) fromPostgres.set(Number(p), term!);
      const mine = new Map<number, string>();
      analysers[lang].terms(text).forEach((term, i) => term !== null && mine.set(i + 1, term));
      expect(
        [...mine].sort((a, b) => a[0] - b[0]),
        `${lang}: ${text}`,
      ).toEqual([...fromPostgres].sort((a, b) => a[0] - b[0]));
    }
  });

  it("finds a word's other forms in its language: retraites → retraite, Renten → Rente, pensiones → pensión", async () => {
    const cases: Array<[Lang, string, string]> = [
      ["fr", "retraites", "retraite"],
      ["de", "Renten", "Rente"],
      ["es", "pensiones", "pensión"],
    ];
    for (const [lang, query, word] of cases) {
      const holding = await t.db.execute<{ slug: string }>(sql`
        select p.slug from practice_translations t join practices p on p.id = t.practice_id
        where t.language = ${lang} and t.status = 'published' and p.status = 'published' and t.summary like ${`%${word} %`}`);
      expect(holding.length, `${lang}: translations with ${word}`).toBeGreaterThan(0);
      for (const options of [{ lang }, { lang, engine }]) {
        const found = (await runSearch(t.db, search(query), options)).results.items;
        const inLanguage = new Set(found.filter((i) => i.language === lang).map((i) => i.slug));
        for (const { slug } of holding) expect(inLanguage.has(slug), `${lang} ${query}: ${slug}`).toBe(true);
      }
    }
  });

  it("shows a practice in the page's language when it has a published translation, else in its original", async () => {
    const [translated] = await t.db.execute<{ slug: string; title: string | null; summary: string }>(sql`
      select p.slug, t.title, t.summary from practice_translations t join practices p on p.id = t.practice_id
      where t.language = 'fr' and t.status = 'published' and p.status = 'published' and t.title is not null
        and not exists (select 1 from practice_translations d where d.practice_id = p.id and d.language = 'de')
      limit 1`);
    const [draft] = await t.db.execute<{ slug: string; summary: string }>(sql`
      select p.slug, p.summary from practice_translations t join practices p on p.id = t.practice_id
      where t.language = 'fr' and t.status = 'draft' and p.status = 'published' limit 1`);
    const [untranslated] = await t.db.execute<{ slug: string; summary: string }>(sql`
      select slug, summary from practices p where status = 'published'
        and not exists (select 1 from practice_translations t where t.practice_id = p.id) limit 1`);

    const fr = await getPublicPractice(t.db, translated!.slug, "fr");
    expect(fr).toMatchObject({
      title: translated!.title,
      summary: translated!.summary,
      language: "fr",
      originalLanguage: "en",
    });
    expect(await getPublicPractice(t.db, draft!.slug, "fr")).toMatchObject({ summary: draft!.summary, language: "en" });
    expect(await getPublicPractice(t.db, untranslated!.slug, "fr")).toMatchObject({ language: "en" });
    expect(await getPublicPractice(t.db, translated!.slug, "de")).toMatchObject({ language: "en" });

    // Lists follow the same rule, from SQL and from the index alike.
    for (const options of [{ lang: "fr" as const }, { lang: "fr" as const, engine }]) {
      const all = await runSearch(t.db, parseSearchParams({ pageSize: "100" }), options);
      const bySlug = new Map(all.results.items.map((i) => [i.slug, i]));
      expect(bySlug.get(translated!.slug)).toMatchObject({ title: translated!.title, language: "fr" });
      expect(bySlug.get(draft!.slug)).toMatchObject({ language: "en" });
      expect(bySlug.get(untranslated!.slug)).toMatchObject({ language: "en" });
      // An untranslated practice stays findable by its original's words.
      const english = await runSearch(t.db, search("inspectors"), options);
      expect(english.results.items.some((i) => i.language === "en")).toBe(true);
    }
    const inFrench = new Set(
      (
        await t.db.execute<{ slug: string }>(sql`
          select p.slug from practice_translations t join practices p on p.id = t.practice_id
          where t.language = 'fr' and t.status = 'published'`)
      ).map((r) => r.slug),
    );
    for (const engineOrNot of [undefined, engine]) {
      const related = await relatedPractices(t.db, fr!, { lang: "fr", limit: 60, engine: engineOrNot });
      expect(related.length).toBeGreaterThan(0);
      for (const item of related) expect(item.language).toBe(inFrench.has(item.slug) ? "fr" : "en");
    }
    // And the home page's latest awarded, in one query.
    const latest = await latestAwarded(t.db, 500, "fr");
    expect(latest.some((i) => i.language === "fr")).toBe(true);
    expect(latest.some((i) => i.language === "en")).toBe(true);
    for (const item of latest) expect(item.language).toBe(inFrench.has(item.slug) ? "fr" : "en");
  });

  it("finds a translation saved after the index was built at the next search, by a word only it has", async () => {
    const [practice] = await t.db.execute<{ id: number }>(sql`
      select id from practices p where status = 'published'
        and not exists (select 1 from practice_translations t where t.practice_id = p.id and t.language = 'es') limit 1`);
    const query = search("jubilaciones");
    expect((await runSearch(t.db, query, { lang: "es", engine, correct: false })).results.total).toBe(0);
    await saveTranslation(t.db, {
      practiceId: practice!.id,
      language: "es",
      title: "Jubilación anticipada",
      summary: "Las jubilaciones anticipadas se tramitan en línea.",
      status: "published",
      expectedVersion: null,
      actorId: await fixtureUser(t.db),
    });
    const found = await runSearch(t.db, query, { lang: "es", engine });
    expect(found.results.items.map((i) => [i.title, i.language])).toEqual([["Jubilación anticipada", "es"]]);
    // Its words correct typos too.
    const corrected = await runSearch(t.db, search("jubilacines"), { lang: "es", engine });
    expect(corrected.correction?.to).toBe("jubilaciones");
  });
});
