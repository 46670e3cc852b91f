import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client-core";
import { createTestDatabase, rolledBack, type TestDatabase } from "../testing";
import { fixtureInstitution, fixturePractice } from "./fixtures.test-support";
import { deferIndexesAndKeys, restoreDeferred } from "./import-indexes";

// What a first import into an empty practices table defers to its end, and how it comes back.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Every index and constraint of the schema, with its definition and whether it is validated. */
const catalog = async (db: Db) =>
  (
    await db.execute<{ item: string }>(sql`
      select format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) || case when convalidated then '' else ' (not valid)' end as item
      from pg_constraint where connamespace = 'public'::regnamespace
      union all
      select pg_get_indexdef(indexrelid) from pg_index x join pg_class c on c.oid = x.indexrelid
      where c.relnamespace = 'public'::regnamespace
      order by 1`)
  ).map((r) => r.item);

describe("deferring indexes and keys for a first import", () => {
  it("into an empty practices table: drops the GIN indexes and the keys to practices of the rows loaded with them, and restores them as they were", async () => {
    const before = await catalog(t.db);
    const { deferred, during, after } = await rolledBack(t.db, async (tx) => {
      const deferred = await deferIndexesAndKeys(tx);
      const during = await catalog(tx);
      await restoreDeferred(tx, deferred);
      return { deferred, during, after: await catalog(tx) };
    });
    const gone = before.filter((item) => !during.includes(item));
    expect(gone.filter((item) => item.includes("USING gin"))).toEqual([
      expect.stringContaining("practices_search_idx"),
      expect.stringContaining("practices_title_trgm_idx"),
      expect.stringContaining("practices_topic_ids_idx"),
    ]);
    expect(gone.filter((item) => !item.includes("USING gin"))).toEqual([
      "practice_signatures practice_signatures_practice_id_practices_id_fk FOREIGN KEY (practice_id) REFERENCES practices(id) ON DELETE CASCADE",
      "practice_sources practice_sources_practice_id_practices_id_fk FOREIGN KEY (practice_id) REFERENCES practices(id) ON DELETE CASCADE",
      "practice_topics practice_topics_practice_id_practices_id_fk FOREIGN KEY (practice_id) REFERENCES practices(id) ON DELETE CASCADE",
    ]);
    expect(deferred).toHaveLength(6);
    expect(after).toEqual(before);
  });

  it("checks the restored keys: a row that lost its practice fails the restore", async () => {
    const restore = rolledBack(t.db, async (tx) => {
      const deferred = await deferIndexesAndKeys(tx);
      await tx.execute(
        sql`insert into practice_signatures (practice_id, summary_md5, signature) values (12345, '', '\\x00')`,
      );
      await restoreDeferred(tx, deferred);
    });
    await expect(restore).rejects.toThrow(/practice_signatures_practice_id_practices_id_fk/);
  });

  it("with practices in the table: defers nothing and drops nothing", async () => {
    const institution = await fixtureInstitution(t.db);
    await fixturePractice(t.db, { institutionId: institution });
    const before = await catalog(t.db);
    const { deferred, during } = await rolledBack(t.db, async (tx) => ({
      deferred: await deferIndexesAndKeys(tx),
      during: await catalog(tx),
    }));
    expect(deferred).toEqual([]);
    expect(during).toEqual(before);
  });
});
