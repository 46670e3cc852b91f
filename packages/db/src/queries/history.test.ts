import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { updatePractice } from "./curation-practices";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { practiceHistory, revertPractice } from "./history";
import { readState } from "./practice-snapshot";

describe("a practice's history", () => {
  let t: TestDatabase;
  let editor: number;
  let id: number;
  let pensions: number;
  let ict: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    pensions = await fixtureTopic(t.db, "Pensions");
    ict = await fixtureTopic(t.db, "Information and communication technology");
    id = await fixturePractice(t.db, {
      institutionId: await fixtureInstitution(t.db),
      summary: "Original summary.",
      topics: [pensions],
    });
  });
  afterAll(() => t.drop());

  it("lists every change, newest first, with who made it; an import's change names its file", async () => {
    await updatePractice(t.db, { id, expectedVersion: 1, changes: { title: "First title" }, actorId: editor });
    await updatePractice(t.db, {
      id,
      expectedVersion: 2,
      changes: { title: "Second title", topics: [pensions, ict] },
      actorId: editor,
    });
    // What an import writes: a batch, no user.
    await t.db.execute(
      sql`insert into import_batches (file_name, sha256, format, actor) values ('listing.txt', 'x', 'listing', 'cli')`,
    );
    await t.db.execute(sql`update practices set summary = 'Imported summary.', version = 4 where id = ${id}`);
    await t.db.execute(sql`insert into audit_events (batch_id, action, subject_type, subject_id, before, after)
      values ((select max(id) from import_batches), 'practice.update', 'practice', ${id}, '{"version":3,"summary":"Original summary."}', '{"version":4,"summary":"Imported summary."}')`);
    const history = await practiceHistory(t.db, id);
    expect(history.map((e) => [e.action, e.user, e.batch?.fileName ?? null])).toEqual([
      ["practice.update", null, "listing.txt"],
      ["practice.update", "ed@example.org", null],
      ["practice.update", "ed@example.org", null],
    ]);
    expect(history[1]).toMatchObject({
      before: { title: "First title", topics: [pensions] },
      after: { title: "Second title", topics: [pensions, ict] },
    });
  });

  it("restores an earlier version as a new version, undoing the later changes, imports included", async () => {
    const history = await practiceHistory(t.db, id);
    const first = history.at(-1)!;
    const result = await revertPractice(t.db, {
      practiceId: id,
      eventId: first.id,
      expectedVersion: 4,
      actorId: editor,
    });
    expect(result).toEqual({ status: "saved", version: 5, changed: ["title", "summary", "topics"] });
    expect(await readState(t.db, id)).toMatchObject({
      title: "First title",
      summary: "Original summary.",
      topics: [pensions],
      version: 5,
    });
    const [latest] = await practiceHistory(t.db, id);
    expect(latest).toMatchObject({
      action: "practice.revert",
      user: "ed@example.org",
      before: { title: "Second title", summary: "Imported summary." },
      after: { title: "First title" },
    });
  });

  it("restores the version before an event, undoing that event too", async () => {
    const history = await practiceHistory(t.db, id);
    const oldest = history.at(-1)!;
    const result = await revertPractice(t.db, {
      practiceId: id,
      eventId: oldest.id,
      expectedVersion: 5,
      actorId: editor,
      beforeEvent: true,
    });
    expect(result).toMatchObject({ status: "saved", version: 6, changed: ["title"] });
    expect((await readState(t.db, id))?.title).toBeNull();
    // …and back to after the first edit, for the tests that follow.
    await revertPractice(t.db, { practiceId: id, eventId: oldest.id, expectedVersion: 6, actorId: editor });
  });

  it("refuses a revert from a stale page, and an event of another practice", async () => {
    const [latest] = await practiceHistory(t.db, id);
    expect(
      await revertPractice(t.db, { practiceId: id, eventId: latest!.id, expectedVersion: 4, actorId: editor }),
    ).toEqual({ status: "conflict" });
    expect(
      await revertPractice(t.db, { practiceId: id, eventId: latest!.id, expectedVersion: 7, actorId: editor }),
    ).toEqual({ status: "unchanged" });
    await expect(
      revertPractice(t.db, { practiceId: id + 1000, eventId: latest!.id, expectedVersion: 1, actorId: editor }),
    ).rejects.toThrow("does not exist");
  });

  it("maps topic names recorded by an import to topic ids", async () => {
    await t.db.execute(sql`insert into audit_events (batch_id, action, subject_type, subject_id, before, after)
      values ((select max(id) from import_batches), 'practice.update', 'practice', ${id}, '{"topics":["information and communication technology"]}', '{"topics":["Pensions"]}')`);
    const [latest] = await practiceHistory(t.db, id);
    const revertTo = (await practiceHistory(t.db, id))[1]!;
    expect(latest!.before).toEqual({ topics: ["information and communication technology"] });
    expect(
      await revertPractice(t.db, { practiceId: id, eventId: revertTo.id, expectedVersion: 7, actorId: editor }),
    ).toMatchObject({ status: "saved", changed: ["topics"] });
    expect((await readState(t.db, id))?.topics).toEqual([ict]);
  });
});
