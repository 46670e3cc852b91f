import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { auditActions, listAuditEvents } from "./audit";
import { dashboardCounts, listOpenConflicts, practiceQueue, resolveConflict } from "./dashboard";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { readState } from "./practice-snapshot";
import { createUser } from "./users";

describe("the dashboard, import conflicts and the audit log", () => {
  let t: TestDatabase;
  let editor: number;
  let titled: number;
  let bare: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    const zus = await fixtureInstitution(t.db);
    const topic = await fixtureTopic(t.db, "Pensions");
    titled = await fixturePractice(t.db, { institutionId: zus, title: "Curated title", topics: [topic] });
    bare = await fixturePractice(t.db, { institutionId: zus, summary: "No title and no topics here." });
    await fixturePractice(t.db, { institutionId: zus, status: "draft", topics: [topic] });
    await t.db.execute(
      sql`insert into import_batches (file_name, sha256, format, actor) values ('new.txt', 'x', 'listing', 'cli')`,
    );
    await t.db.execute(sql`insert into import_conflicts (batch_id, practice_id, field, current_value, imported_value)
      values ((select max(id) from import_batches), ${titled}, 'title', '"Curated title"', '"Imported title"'),
             ((select max(id) from import_batches), ${titled}, 'topics', '["Pensions"]', '["Other"]')`);
  });
  afterAll(() => t.drop());

  it("counts practices by status and the work queues", async () => {
    expect(await dashboardCounts(t.db)).toEqual({
      published: 2,
      draft: 1,
      withdrawn: 0,
      merged: 0,
      institutions: 1,
      topics: 1,
      openCandidates: 0,
      untitled: 2,
      untagged: 1,
      openConflicts: 2,
      imports: 1,
    });
    expect(await practiceQueue(t.db, { queue: "untagged", limit: 5 })).toEqual([
      { id: bare, title: "No title and no topics here", institution: "Social Insurance Institution" },
    ]);
  });

  it("resolves a conflict by keeping the curated value or taking the imported one", async () => {
    const [titleConflict, topicsConflict] = await listOpenConflicts(t.db, { limit: 10 });
    expect(titleConflict).toMatchObject({
      field: "title",
      currentValue: "Curated title",
      importedValue: "Imported title",
      fileName: "new.txt",
    });
    await expect(resolveConflict(t.db, { id: topicsConflict!.id, take: "imported", actorId: editor })).rejects.toThrow(
      /cannot be taken over here/,
    );
    await resolveConflict(t.db, { id: topicsConflict!.id, take: "keep", actorId: editor });
    await resolveConflict(t.db, { id: titleConflict!.id, take: "imported", actorId: editor });
    expect(await readState(t.db, titled)).toMatchObject({
      title: "Imported title",
      version: 2,
      curatedFields: ["title"],
    });
    expect(await listOpenConflicts(t.db, { limit: 10 })).toEqual([]);
    await expect(resolveConflict(t.db, { id: titleConflict!.id, take: "keep", actorId: editor })).rejects.toThrow(
      "already resolved",
    );
  });

  it("filters the audit log by user, action and date", async () => {
    const all = await listAuditEvents(t.db, { page: 0, pageSize: 50 });
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ action: "conflict.resolve", userEmail: "ed@example.org" });
    expect(
      (await listAuditEvents(t.db, { page: 0, pageSize: 50, action: "practice.update" })).rows.map((r) => r.subjectId),
    ).toEqual([titled]);
    expect((await listAuditEvents(t.db, { page: 0, pageSize: 50, userId: editor + 1 })).total).toBe(0);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await listAuditEvents(t.db, { page: 0, pageSize: 50, from: tomorrow })).total).toBe(0);
    expect((await listAuditEvents(t.db, { page: 0, pageSize: 50, to: tomorrow, userId: editor })).total).toBe(3);
    expect(await auditActions(t.db)).toEqual(["conflict.resolve", "practice.update"]);
  });

  it("leaves out the events about user accounts when asked (an editor's view)", async () => {
    const admin = await createUser(t.db, { email: "ada@example.org", password: "long enough password", role: "admin" });
    await createUser(t.db, {
      email: "new@example.org",
      password: "long enough password",
      role: "editor",
      actorId: admin.id,
    });
    const everything = await listAuditEvents(t.db, { page: 0, pageSize: 50 });
    expect(everything.rows.filter((r) => r.action === "user.create").length).toBeGreaterThan(0);
    const editorsView = await listAuditEvents(t.db, { page: 0, pageSize: 50, withoutUserEvents: true });
    expect(editorsView.rows.map((r) => r.subjectType)).not.toContain("user");
    expect(editorsView.total).toBe(everything.rows.filter((r) => r.subjectType !== "user").length);
    // Even when asked for by name.
    expect(
      (await listAuditEvents(t.db, { page: 0, pageSize: 50, action: "user.create", withoutUserEvents: true })).total,
    ).toBe(0);
    expect(await auditActions(t.db)).toContain("user.create");
    expect(await auditActions(t.db, { withoutUserEvents: true })).toEqual(["conflict.resolve", "practice.update"]);
  });
});
