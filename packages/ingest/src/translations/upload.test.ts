import { getPendingImport, savePendingImport } from "@gp/db/imports";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { saveTranslation, translationsOf } from "@gp/db/translations";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText, seedText } from "../test-support";
import { applyTranslationPlan, isTranslationPlan, previewTranslations } from "./upload";

// The admin app's upload of a translations file: a preview (the command line's dry run) kept as a
// pending import, then applied by an editor, with the same checks, report and audit as the command.

const pensions = "the-challenge-addressed-by-the-federal-pensions-service-c73733";
const standards = "in-december-2009-zus-customer-service-standards-and-c5d870";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("uploading translations in the admin app", () => {
  let t: TestDatabase;
  let editor: { id: number; email: string };
  const translationCount = async () =>
    (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from practice_translations`))[0]!.n;
  beforeAll(async () => {
    t = await createTestDatabase();
    await importText(t.db, seedText, { name: "sample.txt" });
    const [row] = await t.db.execute<{ id: number; email: string }>(
      sql`insert into users (email, password_hash, role) values ('ed@example.org', 'x', 'editor') returning id, email`,
    );
    editor = row!;
  });
  afterAll(() => t.drop());

  it("previews a file with errors at their lines and writes nothing; it cannot be applied", async () => {
    const csv = [
      "practice,language,title,summary",
      `${pensions},fr,Titre,Un résumé.`,
      "no-such-practice,fr,Titre,Résumé.",
      `${pensions},xx,Titolo,Riassunto.`,
      `${standards},de,Titel,`,
    ].join("\n");
    const preview = await previewTranslations(t.db, { name: "bad.csv", content: bytes(csv) }, { actor: editor.email });
    expect(preview.format).toBe("csv");
    expect(preview.report.records).toBe(4);
    expect(preview.report.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [3, "practice", "no practice has the slug “no-such-practice”"],
      [4, "language", "the language must be one of en, fr, de, es"],
      [5, "summary", "the summary is empty"],
    ]);
    const applied = await applyTranslationPlan(t.db, preview.plan, { actor: editor.email, userId: editor.id });
    expect(applied.errors.length).toBe(3);
    expect(await translationCount()).toBe(0);
  });

  it("a file that is not UTF-8 text is an error at line 1", async () => {
    const preview = await previewTranslations(
      t.db,
      { name: "latin1.csv", content: new Uint8Array([0x70, 0xe9, 0xff, 0x0a]) },
      { actor: editor.email },
    );
    expect(preview.report.errors).toEqual([
      { file: "latin1.csv", line: 1, field: "file", message: "the file is not UTF-8 text" },
    ]);
  });

  it("keeps the preview as a pending import, applies it with the editor's name in the audit, drafts as drafts", async () => {
    const json = JSON.stringify([
      { practice: pensions, language: "fr", title: "Titre", summary: "Le résumé en français." },
      { practice: standards, language: "es", summary: "El resumen en español.", status: "draft" },
    ]);
    const preview = await previewTranslations(t.db, { name: "t.json", content: bytes(json) }, { actor: editor.email });
    expect(preview.format).toBe("json");
    expect(preview.report).toMatchObject({ records: 2, added: 2, updated: 0, unchanged: 0, conflicts: 0, errors: [] });
    expect(preview.report.dryRun).toBe(true);
    expect(await translationCount()).toBe(0);

    const id = await savePendingImport(t.db, {
      fileName: preview.plan.name,
      format: preview.format,
      bytes: preview.bytes,
      sha256: preview.sha256,
      plan: preview.plan,
      report: preview.report,
      createdById: editor.id,
    });
    const pending = await getPendingImport(t.db, id);
    expect(isTranslationPlan(pending!.plan)).toBe(true);
    const report = await applyTranslationPlan(t.db, pending!.plan, { actor: editor.email, userId: editor.id });
    expect(report).toMatchObject({ records: 2, added: 2, updated: 0, unchanged: 0, conflicts: 0, errors: [] });

    const rows = await t.db.execute<{ slug: string; language: string; status: string; curated: boolean }>(sql`
      select p.slug, t.language, t.status::text as status, t.curated from practice_translations t
      join practices p on p.id = t.practice_id order by t.language`);
    expect(rows).toEqual([
      { slug: standards, language: "es", status: "draft", curated: false },
      { slug: pensions, language: "fr", status: "published", curated: false },
    ]);
    const audit = await t.db.execute<{ action: string; user_id: number; note: string }>(
      sql`select action, user_id, note from audit_events where action like 'translation.%' order by id`,
    );
    expect(audit).toEqual([
      {
        action: "translation.import",
        user_id: editor.id,
        note: "Translations imported from t.json by ed@example.org.",
      },
      {
        action: "translation.import",
        user_id: editor.id,
        note: "Translations imported from t.json by ed@example.org.",
      },
    ]);
  });

  it("applies against the database as it is then: a translation curated since the preview is a conflict, kept", async () => {
    const csv = `practice,language,summary\n${pensions},fr,Un autre résumé importé.\n`;
    const preview = await previewTranslations(t.db, { name: "again.csv", content: bytes(csv) }, { actor: "x" });
    expect(preview.report).toMatchObject({ updated: 1, conflicts: 0 });
    const [practice] = await t.db.execute<{ id: number }>(sql`select id from practices where slug = ${pensions}`);
    const fr = (await translationsOf(t.db, practice!.id)).find((x) => x.language === "fr")!;
    await saveTranslation(t.db, {
      practiceId: practice!.id,
      language: "fr",
      title: fr.title,
      summary: "Revu par un éditeur.",
      status: "published",
      expectedVersion: fr.version,
      actorId: editor.id,
    });
    const report = await applyTranslationPlan(t.db, preview.plan, { actor: editor.email, userId: editor.id });
    expect(report).toMatchObject({ updated: 0, conflicts: 1, conflictList: [{ line: 2, practice: pensions }] });
    const [row] = await t.db.execute<{ summary: string }>(
      sql`select summary from practice_translations where practice_id = ${practice!.id} and language = 'fr'`,
    );
    expect(row!.summary).toBe("Revu par un éditeur.");
  });

  it("refuses a kept plan that is not a translations upload", async () => {
    await expect(applyTranslationPlan(t.db, { kind: "translations" }, { actor: "x" })).rejects.toThrow();
    expect(isTranslationPlan({ files: [] })).toBe(false);
  });
});
