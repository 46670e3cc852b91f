import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { saveTranslation, translationsOf } from "@gp/db/translations";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleTranslations } from "../index";
import { importText, ingest, seedText } from "../test-support";
import { importTranslations, importTranslationsFile } from "./run";

const pensions = "the-challenge-addressed-by-the-federal-pensions-service-c73733";
const standards = "in-december-2009-zus-customer-service-standards-and-c5d870";

async function translationRows(t: TestDatabase) {
  return t.db.execute<{ slug: string; language: string; summary: string; status: string; curated: boolean }>(sql`
    select p.slug, t.language, t.summary, t.status::text as status, t.curated from practice_translations t
    join practices p on p.id = t.practice_id order by p.slug, t.language`);
}

describe("importing translations", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await importText(t.db, seedText, { name: "sample.txt" });
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-translations-"));
  });
  afterAll(() => t.drop());

  it("loads the sample translations: five practices in French, German and Spanish, published", async () => {
    const report = await importTranslationsFile(t.db, sampleTranslations, { actor: "test" });
    expect(report).toMatchObject({ records: 15, added: 15, updated: 0, unchanged: 0, conflicts: 0, errors: [] });
    const rows = await translationRows(t);
    expect(rows.length).toBe(15);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(5);
    expect(rows.every((r) => r.status === "published" && !r.curated)).toBe(true);
    // Importing it again changes nothing.
    const again = await importTranslationsFile(t.db, sampleTranslations, { actor: "test" });
    expect(again).toMatchObject({ records: 15, added: 0, updated: 0, unchanged: 15 });
  });

  it("reports an unknown slug, an unknown language and an empty summary at their lines, and writes nothing", async () => {
    const before = await translationRows(t);
    const csv = [
      "practice,language,title,summary",
      `${pensions},fr,Titre,Un résumé qui change.`,
      "no-such-practice,fr,Titre,Résumé.",
      `${pensions},it,Titolo,Riassunto.`,
      `${standards},de,Titel,""`,
    ].join("\n");
    const report = await importTranslations(t.db, csv, "bad.csv", { actor: "test" });
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "practice"],
      [4, "language"],
      [5, "summary"],
    ]);
    expect(report.errors.map((e) => e.message)).toEqual([
      "no practice has the slug “no-such-practice”",
      "the language must be one of en, fr, de, es",
      "the summary is empty",
    ]);
    expect(await translationRows(t)).toEqual(before);
  });

  it("never overwrites a translation an editor curated (a conflict), updates the others, and imports drafts as drafts", async () => {
    const [practice] = await t.db.execute<{ id: number }>(sql`select id from practices where slug = ${pensions}`);
    const [editor] = await t.db.execute<{ id: number }>(
      sql`insert into users (email, password_hash, role) values ('ed@example.org', 'x', 'editor') returning id`,
    );
    const [fr] = await translationsOf(t.db, practice!.id).then((all) => all.filter((x) => x.language === "fr"));
    await saveTranslation(t.db, {
      practiceId: practice!.id,
      language: "fr",
      title: fr!.title,
      summary: "Texte revu par un éditeur.",
      status: "published",
      expectedVersion: fr!.version,
      actorId: editor!.id,
    });
    const json = JSON.stringify(
      [
        { practice: pensions, language: "fr", title: "Autre", summary: "Texte importé." },
        { practice: pensions, language: "de", title: "Neu", summary: "Neuer Text.", status: "draft" },
      ],
      null,
      2,
    );
    const dry = await importTranslations(t.db, json, "t.json", { actor: "test", dryRun: true });
    expect(dry).toMatchObject({ records: 2, added: 0, updated: 1, conflicts: 1, dryRun: true });
    const report = await importTranslations(t.db, json, "t.json", { actor: "test" });
    expect(report).toMatchObject({ records: 2, added: 0, updated: 1, unchanged: 0, conflicts: 1, errors: [] });
    expect(report.conflictList).toEqual([{ line: 2, practice: pensions, language: "fr" }]);
    const rows = (await translationRows(t)).filter((r) => r.slug === pensions);
    expect(rows.find((r) => r.language === "fr")).toMatchObject({
      summary: "Texte revu par un éditeur.",
      curated: true,
    });
    expect(rows.find((r) => r.language === "de")).toMatchObject({ summary: "Neuer Text.", status: "draft" });
  });

  // The command's cases start the CLI (node with tsx), seconds each and far more on a busy machine: a
  // test per run, each with room to spare.
  const bad = () => path.join(dir, "bad.json");
  const good = () => path.join(dir, "good.csv");

  it("the command: --translations --json prints the report and exits 1 with errors", { timeout: 300_000 }, async () => {
    await writeFile(bad(), JSON.stringify([{ practice: standards, language: "fr", summary: "   " }]));
    const failed = await ingest([bad(), "--translations", "--json"], t.url);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      records: 1,
      added: 0,
      errors: [{ line: 1, field: "summary", message: "the summary is empty" }],
    });
  });

  it("the command: exits 0 when applied", { timeout: 300_000 }, async () => {
    await writeFile(good(), `practice;language;summary;status\n${standards};es;Normas revisadas.;draft\n`);
    const applied = await ingest([good(), "--translations", "--json"], t.url);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ records: 1, added: 0, updated: 1, unchanged: 0, errors: [] });
  });

  it("the command: exits 2 for usage (two files)", { timeout: 300_000 }, async () => {
    expect((await ingest([good(), bad(), "--translations"], t.url)).code).toBe(2);
  });
});
