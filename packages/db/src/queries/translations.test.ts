import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { updatePractice } from "./curation-practices";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { revertPractice } from "./history";
import { readState } from "./practice-snapshot";
import { missingNames, regionList, setTranslatedName, translatedNames } from "./taxonomy-names";
import { translationCounts, translationQueue } from "./translation-queue";
import { revertTranslation, saveTranslation, translationsOf } from "./translations";

describe("translations of practices, topics and regions", () => {
  let t: TestDatabase;
  let editor: number;
  let zus: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    zus = await fixtureInstitution(t.db);
  });
  afterAll(() => t.drop());

  const save = (practiceId: number, expectedVersion: number | null, summary: string, status = "published" as const) =>
    saveTranslation(t.db, {
      practiceId,
      language: "fr",
      title: "Titre",
      summary,
      status,
      expectedVersion,
      actorId: editor,
    });

  it("records the original it was made from; editing the original's text outdates it, other edits do not", async () => {
    const id = await fixturePractice(t.db, { institutionId: zus, summary: "Pensions are paid online." });
    expect(await save(id, null, "Les pensions sont versées en ligne.")).toEqual({ status: "saved", version: 1 });
    let [fr] = await translationsOf(t.db, id);
    expect(fr).toMatchObject({ language: "fr", sourceVersion: 1, curated: true, outdated: false, status: "published" });

    const topic = await fixtureTopic(t.db, "Pensions");
    await updatePractice(t.db, { id, expectedVersion: 1, changes: { topics: [topic] }, actorId: editor });
    [fr] = await translationsOf(t.db, id);
    expect(fr!.outdated).toBe(false);

    await updatePractice(t.db, {
      id,
      expectedVersion: 2,
      changes: { summary: "Pensions are paid online, every month." },
      actorId: editor,
    });
    [fr] = await translationsOf(t.db, id);
    expect(fr).toMatchObject({ outdated: true, sourceVersion: 1, sourceSummary: "Pensions are paid online." });

    // Saving it again makes it from the original as it is now.
    expect(await save(id, 1, "Les pensions sont versées en ligne, chaque mois.")).toEqual({
      status: "saved",
      version: 2,
    });
    [fr] = await translationsOf(t.db, id);
    expect(fr).toMatchObject({ outdated: false, sourceVersion: 3 });
  });

  it("refuses a save over a version the editor did not load, and of two simultaneous additions keeps one", async () => {
    const id = await fixturePractice(t.db, { institutionId: zus });
    const results = await Promise.all([save(id, null, "Première."), save(id, null, "Seconde.")]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const rows = await t.db.execute(sql`select 1 from practice_translations where practice_id = ${id}`);
    expect(rows.length).toBe(1);
    expect(await save(id, 7, "Trop tard.")).toEqual({ status: "conflict" });
  });

  it("records each change in the practice's history, and restores an earlier translation", async () => {
    const id = await fixturePractice(t.db, { institutionId: zus, title: "Original title" });
    await save(id, null, "Version une.");
    await save(id, 1, "Version deux.");
    const events = await t.db.execute<{ id: number; action: string }>(sql`
      select id::int, action from audit_events where subject_type = 'practice' and subject_id = ${id} order by id`);
    expect(events.map((e) => e.action)).toEqual(["translation.create", "translation.update"]);

    expect(
      await revertTranslation(t.db, { practiceId: id, eventId: events[0]!.id, beforeEvent: false, actorId: editor }),
    ).toEqual({ status: "saved", language: "fr" });
    expect((await translationsOf(t.db, id))[0]!.summary).toBe("Version une.");
    // Before its creation, there was none: restoring that removes it.
    await revertTranslation(t.db, { practiceId: id, eventId: events[0]!.id, beforeEvent: true, actorId: editor });
    expect(await translationsOf(t.db, id)).toEqual([]);

    // A practice's own revert leaves translation events alone: its title is not replaced by a translation's.
    const state = await readState(t.db, id);
    const reverted = await revertPractice(t.db, {
      practiceId: id,
      eventId: events[0]!.id,
      expectedVersion: state!.version,
      actorId: editor,
      beforeEvent: true,
    });
    expect(reverted).toEqual({ status: "unchanged" });
    expect((await readState(t.db, id))!.title).toBe("Original title");
  });

  it("queues practices missing a translation per language, and outdated ones, a page at a time", async () => {
    const queueDb = await createTestDatabase();
    try {
      const inst = await fixtureInstitution(queueDb.db);
      const user = await fixtureUser(queueDb.db);
      const [a, b, c] = [
        await fixturePractice(queueDb.db, { institutionId: inst, summary: "A." }),
        await fixturePractice(queueDb.db, { institutionId: inst, summary: "B." }),
        await fixturePractice(queueDb.db, { institutionId: inst, summary: "C.", status: "withdrawn" }),
      ];
      await queueDb.db.execute(sql`update practices set language = 'fr' where id = ${b}`);
      const add = (practiceId: number, language: "de" | "fr") =>
        saveTranslation(queueDb.db, {
          practiceId,
          language,
          title: null,
          summary: "X.",
          status: "draft",
          expectedVersion: null,
          actorId: user,
        });
      await add(a, "de");
      await add(b, "de");
      await updatePractice(queueDb.db, {
        id: a,
        expectedVersion: 1,
        changes: { summary: "A, edited." },
        actorId: user,
      });

      const counts = Object.fromEntries((await translationCounts(queueDb.db)).map((r) => [r.language, r]));
      expect(counts.fr).toEqual({ language: "fr", missing: 1, outdated: 0 }); // b is French; c is withdrawn
      expect(counts.de).toEqual({ language: "de", missing: 0, outdated: 1 });
      expect(counts.en).toMatchObject({ missing: 1 }); // b needs an English one
      expect(counts.es).toMatchObject({ missing: 2 });

      const page = await translationQueue(queueDb.db, { language: "es", kind: "missing", page: 0, pageSize: 1 });
      expect(page.total).toBe(2);
      expect(page.rows.map((r) => r.id)).toEqual([a]);
      const next = await translationQueue(queueDb.db, { language: "es", kind: "missing", page: 1, pageSize: 1 });
      expect(next.rows.map((r) => r.id)).toEqual([b]);
      const stale = await translationQueue(queueDb.db, { language: "de", kind: "outdated", page: 0, pageSize: 10 });
      expect(stale.rows.map((r) => r.id)).toEqual([a]);
      expect(c).toBeGreaterThan(0);
    } finally {
      await queueDb.drop();
    }
  });

  it("topic and region names per language: sets, changes and removes a name, with an audit event each time, and counts what is missing", async () => {
    const topic = await fixtureTopic(t.db, "Family benefits");
    const topics = await t.db.execute(sql`select 1 from topics`);
    const before = await missingNames(t.db, "topic");
    expect(before).toEqual({ en: 0, fr: topics.length, de: topics.length, es: topics.length });
    const set = (name: string) =>
      setTranslatedName(t.db, { kind: "topic", id: topic, language: "fr", name, actorId: editor });
    expect(await set("Prestations familiales")).toBe(true);
    expect(await set("Prestations familiales")).toBe(false);
    expect(await translatedNames(t.db, "topic")).toEqual([
      { id: topic, language: "fr", name: "Prestations familiales" },
    ]);
    expect(await missingNames(t.db, "topic")).toEqual({ ...before, fr: topics.length - 1 });
    expect(await set("")).toBe(true);
    expect(await translatedNames(t.db, "topic")).toEqual([]);
    const events = await t.db.execute<{ action: string }>(
      sql`select action from audit_events where subject_type = 'topic' and subject_id = ${topic} order by id`,
    );
    expect(events.map((e) => e.action)).toEqual(["topic.translate", "topic.translate"]);

    const regions = await regionList(t.db);
    expect(regions.map((r) => r.name)).toEqual(["Africa", "Americas", "Asia and the Pacific", "Europe"]);
    const europe = regions.find((r) => r.name === "Europe");
    await setTranslatedName(t.db, { kind: "region", id: europe!.id, language: "de", name: "Europa", actorId: editor });
    expect(await translatedNames(t.db, "region")).toEqual([{ id: europe!.id, language: "de", name: "Europa" }]);
    expect((await missingNames(t.db, "region")).de).toBe(3);
  });
});
