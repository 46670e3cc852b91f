import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "./backup";
import { createTestDatabase, type TestDatabase } from "./testing";

/** Row count and a checksum of every row's text, per table (not the search's change feed: derived, not backed up). */
async function fingerprint(t: TestDatabase): Promise<Record<string, string>> {
  const tables = await t.db.execute<{ name: string }>(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'search_changes' order by 1`);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await t.db.execute<{ n: number; sum: string | null }>(
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as sum from ${sql.identifier(name)} x`,
    );
    result[name] = `${row?.n}:${row?.sum}`;
  }
  return result;
}

describe("backup and restore", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-backup-"));
    await source.db.execute(sql`
      insert into users (email, name, password_hash, role) values ('a@example.org', 'Ann', '$argon2id$…', 'admin')`);
    await source.db.execute(sql`
      insert into institutions (name, slug, country_id, match_key)
      values ('Fund, with comma', 'fund', (select id from countries where code = 'BE'), 'fund with comma')`);
    await source.db.execute(
      sql`insert into topics (name, slug) values ('Family benefits', 'family-benefits'), ('Child', 'child')`,
    );
    await source.db.execute(
      sql`update topics set parent_id = (select id from topics where slug = 'family-benefits') where slug = 'child'`,
    );
    await source.db.execute(sql`
      insert into practices (slug, title, summary, institution_id, implementation_year, fingerprint)
      select 'p-' || i, null, E'Line one\\n• bullet\\ttab, "quotes" and \\\\ backslash ' || i,
        (select id from institutions), 2000 + i % 20, 'f' || i
      from generate_series(1, 300) i`);
    await source.db.execute(
      sql`insert into practice_topics select id, (select id from topics where slug = 'child') from practices where id % 3 = 0`,
    );
    await source.db.execute(
      sql`update practices set status = 'merged', merged_into_id = (select min(id) from practices) where slug = 'p-7'`,
    );
    await source.db.execute(sql`
      insert into import_batches (file_name, sha256, format, records, actor) values ('x.txt', 'ab', 'listing', 300, 'cli')`);
    await source.db.execute(sql`
      insert into audit_events (user_id, action, subject_type, subject_id, before, after)
      select (select id from users), 'practice.update', 'practice', id, '{"title":null}', jsonb_build_object('title', 'T' || id) from practices`);
  });
  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it("restores every table, row for row, into a fresh database", async () => {
    const file = path.join(dir, "backup.gz");
    const summary = await backupDatabase(source.db, file);
    expect(summary.tables.find((t) => t.name === "practices")?.rows).toBe(300);
    await restoreDatabase(target.db, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    // Identities continue after the restored rows.
    const [next] = await target.db.execute<{ id: number }>(sql`
      insert into practices (slug, summary, institution_id, fingerprint) values ('new', 'n', (select id from institutions), 'new') returning id`);
    expect(next?.id).toBe(301);
  });

  it("refuses a file that is not a backup, and leaves the database as it was", async () => {
    const before = await fingerprint(target);
    const file = path.join(dir, "not-a-backup.gz");
    await writeFile(file, "hello");
    await expect(restoreDatabase(target.db, file)).rejects.toThrow();
    expect(await fingerprint(target)).toEqual(before);
  });
});
