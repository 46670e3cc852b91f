import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { bulkUpdatePractices, getPracticeDetail, updatePractice } from "./curation-practices";
import { listPractices } from "./practice-list";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { readState } from "./practice-snapshot";

describe("curating practices", () => {
  let t: TestDatabase;
  let editor: number;
  let zus: number;
  let onem: number;
  let pensions: number;
  let fraud: number;
  let a: number;
  let b: number;
  let c: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    zus = await fixtureInstitution(t.db, "Social Insurance Institution", "PL");
    onem = await fixtureInstitution(t.db, "National Employment Office", "BE");
    pensions = await fixtureTopic(t.db, "Pensions");
    fraud = await fixtureTopic(t.db, "Error, evasion and fraud");
    a = await fixturePractice(t.db, {
      institutionId: zus,
      title: "Electronic sick leave",
      summary: "Doctors issue sick leave certificates online.",
      topics: [pensions],
      implementationYear: 2018,
      awardYear: 2021,
    });
    b = await fixturePractice(t.db, {
      institutionId: onem,
      summary: "A data mining tool detects social fraud. It ranks cases.",
      topics: [fraud],
      implementationYear: 2023,
    });
    c = await fixturePractice(t.db, {
      institutionId: zus,
      summary: "Draft about apprentices.",
      status: "draft",
      implementationYear: 2019,
    });
  });
  afterAll(() => t.drop());

  it("lists a page, sorted on the server, with derived titles marked", async () => {
    const page = await listPractices(t.db, { page: 0, pageSize: 2, sort: "title" });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.title)).toEqual([
      "A data mining tool detects social fraud",
      "Draft about apprentices",
    ]);
    expect(page.rows[0]).toMatchObject({
      titleDerived: true,
      country: "Belgium",
      topics: ["Error, evasion and fraud"],
    });
    const next = await listPractices(t.db, { page: 1, pageSize: 2, sort: "title" });
    expect(next.rows.map((r) => r.id)).toEqual([a]);
    const byYear = await listPractices(t.db, { page: 0, pageSize: 10, sort: "implementationYear", desc: true });
    expect(byYear.rows.map((r) => r.id)).toEqual([b, c, a]);
  });

  it("filters by search words, topic, country, status and year", async () => {
    const ids = async (params: Parameters<typeof listPractices>[1]) =>
      (await listPractices(t.db, params)).rows.map((r) => r.id).sort();
    const base = { page: 0, pageSize: 10 };
    expect(await ids({ ...base, q: "fraud" })).toEqual([b]);
    expect(await ids({ ...base, q: "sick leave" })).toEqual([a]);
    expect(await ids({ ...base, topicId: pensions })).toEqual([a]);
    expect(
      await ids({
        ...base,
        countryId: (await t.db.execute<{ id: number }>(sql`select id from countries where code = 'PL'`))[0]!.id,
      }),
    ).toEqual([a, c].sort());
    expect(await ids({ ...base, status: "draft" })).toEqual([c]);
    expect(await ids({ ...base, year: 2021 })).toEqual([a]);
    expect(await ids({ ...base, untitled: true })).toEqual([b, c].sort());
    expect(await ids({ ...base, untagged: true })).toEqual([c]);
  });

  it("saves edited fields as a new version, curates them and records before and after", async () => {
    const result = await updatePractice(t.db, {
      id: b,
      expectedVersion: 1,
      changes: { title: "Data mining against social fraud", topics: [fraud, pensions] },
      actorId: editor,
    });
    expect(result).toEqual({ status: "saved", version: 2, changed: ["title", "topics"] });
    const state = await readState(t.db, b);
    expect(state).toMatchObject({
      version: 2,
      title: "Data mining against social fraud",
      topics: [pensions, fraud].sort((x, y) => x - y),
      curatedFields: ["title", "topics"],
    });
    const [event] = await t.db.execute<{ action: string; user_id: number; before: unknown; after: unknown }>(
      sql`select action, user_id, before, after from audit_events where subject_id = ${b}`,
    );
    expect(event).toEqual({
      action: "practice.update",
      user_id: editor,
      before: { version: 1, title: null, topics: [fraud] },
      after: { version: 2, title: "Data mining against social fraud", topics: [fraud, pensions] },
    });
    // The search document follows the new title; the vocabulary learns its words.
    expect((await listPractices(t.db, { page: 0, pageSize: 10, q: "mining" })).rows.map((r) => r.id)).toEqual([b]);
    expect((await t.db.execute(sql`select 1 from search_terms where term = 'mining'`)).length).toBe(1);
  });

  it("refuses a save based on a stale version, and reports the current state", async () => {
    const stale = await updatePractice(t.db, {
      id: b,
      expectedVersion: 1,
      changes: { title: "Someone else's title" },
      actorId: editor,
    });
    expect(stale.status).toBe("conflict");
    expect(stale.status === "conflict" && stale.current).toMatchObject({
      version: 2,
      title: "Data mining against social fraud",
    });
    expect((await readState(t.db, b))?.title).toBe("Data mining against social fraud");
    expect(
      await updatePractice(t.db, {
        id: b,
        expectedVersion: 2,
        changes: { title: "Data mining against social fraud" },
        actorId: editor,
      }),
    ).toEqual({ status: "unchanged", version: 2 });
  });

  it("explains references that do not exist", async () => {
    await expect(
      updatePractice(t.db, { id: a, expectedVersion: 1, changes: { topics: [999_999] }, actorId: editor }),
    ).rejects.toThrow("One of the chosen topics no longer exists.");
    await expect(
      updatePractice(t.db, { id: a, expectedVersion: 1, changes: { institutionId: 999_999 }, actorId: editor }),
    ).rejects.toThrow("The chosen institution does not exist.");
  });

  it("applies bulk actions to every selected practice, one history entry each", async () => {
    expect(
      await bulkUpdatePractices(t.db, {
        ids: [a, b, c],
        operation: { kind: "addTopic", topicId: fraud },
        actorId: editor,
      }),
    ).toEqual({ changed: 2 });
    expect((await readState(t.db, c))?.topics).toEqual([fraud]);
    expect(
      await bulkUpdatePractices(t.db, {
        ids: [c],
        operation: { kind: "setStatus", status: "published" },
        actorId: editor,
      }),
    ).toEqual({ changed: 1 });
    expect(
      await bulkUpdatePractices(t.db, {
        ids: [a, c],
        operation: { kind: "removeTopic", topicId: fraud },
        actorId: editor,
      }),
    ).toEqual({ changed: 2 });
    expect(
      await bulkUpdatePractices(t.db, {
        ids: [a, c],
        operation: { kind: "setStatus", status: "withdrawn" },
        actorId: editor,
      }),
    ).toEqual({ changed: 2 });
    const state = await readState(t.db, c);
    expect(state).toMatchObject({ status: "withdrawn", topics: [], curatedFields: ["status", "topics"], version: 5 });
    const [row] = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where subject_id = ${c} and note = 'Bulk action'`,
    );
    expect(row!.n).toBe(4);
  });

  it("publishes a draft only with a topic; a published practice without topics stays editable", async () => {
    const draft = await fixturePractice(t.db, { institutionId: zus, status: "draft", topics: [] });
    const bare = await fixturePractice(t.db, { institutionId: zus, topics: [] }); // as imported, no topic
    await expect(
      updatePractice(t.db, { id: draft, expectedVersion: 1, changes: { status: "published" }, actorId: editor }),
    ).rejects.toThrow("A practice is published with at least one topic");
    await expect(
      bulkUpdatePractices(t.db, {
        ids: [b, draft],
        operation: { kind: "setStatus", status: "published" },
        actorId: editor,
      }),
    ).rejects.toThrow("A practice is published with at least one topic");
    expect((await readState(t.db, draft))?.status).toBe("draft");
    expect(
      await updatePractice(t.db, {
        id: draft,
        expectedVersion: 1,
        changes: { title: "Still a draft" },
        actorId: editor,
      }),
    ).toMatchObject({ status: "saved" });
    expect(
      await updatePractice(t.db, {
        id: draft,
        expectedVersion: 2,
        changes: { status: "published", topics: [pensions] },
        actorId: editor,
      }),
    ).toMatchObject({ status: "saved" });
    expect(
      await updatePractice(t.db, { id: bare, expectedVersion: 1, changes: { title: "Edited" }, actorId: editor }),
    ).toMatchObject({ status: "saved" });
  });

  it("shows a practice's details for the edit page", async () => {
    const detail = await getPracticeDetail(t.db, a);
    expect(detail).toMatchObject({
      id: a,
      institution: { name: "Social Insurance Institution", countryCode: "PL" },
      topicNames: [{ id: pensions, name: "Pensions" }],
      curatedBy: "ed@example.org",
      mergedInto: null,
      mergedFrom: [],
    });
    expect(await getPracticeDetail(t.db, 999_999)).toBeNull();
  });
});
