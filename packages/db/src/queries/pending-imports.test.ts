import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { fixtureUser } from "./fixtures.test-support";
import {
  deletePendingImport,
  getPendingImport,
  listImportBatches,
  listPendingImports,
  savePendingImport,
} from "./pending-imports";

describe("pending uploads and past imports", () => {
  let t: TestDatabase;
  let editor: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
  });
  afterAll(() => t.drop());

  it("keeps an upload's plan and report until it is applied or discarded", async () => {
    const id = await savePendingImport(t.db, {
      fileName: "new.csv",
      format: "csv",
      bytes: 120,
      sha256: "ab",
      plan: { files: [] },
      report: { added: 3 },
      createdById: editor,
    });
    expect(await getPendingImport(t.db, id)).toMatchObject({
      fileName: "new.csv",
      createdBy: "ed@example.org",
      report: { added: 3 },
    });
    expect((await listPendingImports(t.db)).map((p) => p.id)).toEqual([id]);
    expect(await deletePendingImport(t.db, id)).toBe(true);
    expect(await getPendingImport(t.db, id)).toBeNull();
    expect(await deletePendingImport(t.db, id)).toBe(false);
    expect(await getPendingImport(t.db, "not-a-uuid")).toBeNull();
  });

  it("forgets uploads older than a day", async () => {
    const id = await savePendingImport(t.db, {
      fileName: "old.txt",
      format: "listing",
      bytes: 1,
      sha256: "x",
      plan: {},
      report: {},
      createdById: editor,
    });
    await t.db.execute(sql`update pending_imports set created_at = now() - interval '25 hours' where id = ${id}`);
    expect(await getPendingImport(t.db, id)).toBeNull();
    await savePendingImport(t.db, {
      fileName: "new.txt",
      format: "listing",
      bytes: 1,
      sha256: "y",
      plan: {},
      report: {},
      createdById: editor,
    });
    expect((await t.db.execute(sql`select 1 from pending_imports where id = ${id}`)).length).toBe(0);
  });

  it("lists past imports newest first with their counts and who ran them", async () => {
    await t.db.execute(sql`insert into import_batches (file_name, sha256, format, records, added, actor, started_at)
      values ('first.txt', 'a', 'listing', 91, 81, 'cli:root', now() - interval '1 day'), ('second.csv', 'b', 'csv', 2, 1, 'ed@example.org', now())`);
    const { rows, total } = await listImportBatches(t.db, { page: 0, pageSize: 10 });
    expect(total).toBe(2);
    expect(rows.map((r) => [r.fileName, r.records, r.added, r.actor])).toEqual([
      ["second.csv", 2, 1, "ed@example.org"],
      ["first.txt", 91, 81, "cli:root"],
    ]);
  });
});
