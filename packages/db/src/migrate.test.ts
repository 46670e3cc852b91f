import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { createEmptyDatabase, type TestDatabase } from "./testing";

/** Everything a migration can create, as comparable text. */
async function schemaSnapshot(t: TestDatabase) {
  const [row] = await t.db.execute<{ snapshot: unknown }>(sql`
    select json_build_object(
      'columns', (select json_agg(c order by c.table_name, c.column_name) from (
        select table_name, column_name, data_type, is_nullable, column_default
        from information_schema.columns where table_schema = 'public') c),
      'indexes', (select json_agg(i.indexdef order by i.indexname) from pg_indexes i where schemaname = 'public'),
      'constraints', (select json_agg(x.conname order by x.conname) from pg_constraint x
        join pg_namespace n on n.oid = x.connamespace where n.nspname = 'public'),
      'functions', (select json_agg(p.proname || ':' || md5(p.prosrc) order by p.proname) from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.prokind = 'f'
        and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')),
      'triggers', (select json_agg(tgname order by tgname) from pg_trigger where not tgisinternal),
      'extensions', (select json_agg(extname order by extname) from pg_extension),
      'migrations', (select count(*) from drizzle.__drizzle_migrations),
      'reference', (select json_build_object(
        'regions', (select count(*) from regions), 'countries', (select count(*) from countries),
        'aliases', (select count(*) from country_aliases),
        'versions', (select md5(string_agg(xmin::text, ',' order by id)) from countries)))
    ) as snapshot`);
  return row?.snapshot as Record<string, unknown>;
}

describe("migrate", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createEmptyDatabase();
  });
  afterAll(() => t.drop());

  it("applies every migration to an empty database", async () => {
    await migrate(t.db);
    const snapshot = await schemaSnapshot(t);
    expect(snapshot.extensions).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    expect(snapshot.migrations).toBeGreaterThan(0);
    expect(snapshot.reference).toMatchObject({ regions: 4 });
    const tables = new Set((snapshot.columns as Array<{ table_name: string }>).map((c) => c.table_name));
    for (const table of [
      "regions",
      "countries",
      "country_aliases",
      "institutions",
      "topics",
      "topic_aliases",
      "practices",
      "practice_topics",
      "import_batches",
      "practice_sources",
      "import_conflicts",
      "duplicate_candidates",
      "audit_events",
      "users",
      "user_sessions",
      "sign_in_attempts",
      "search_terms",
      "practice_translations",
      "topic_translations",
      "region_translations",
    ]) {
      expect(tables, table).toContain(table);
    }
  });

  it("changes nothing when applied again, not even a reference row", async () => {
    const before = await schemaSnapshot(t);
    await migrate(t.db);
    expect(await schemaSnapshot(t)).toEqual(before);
  });

  it("serialises concurrent runs", async () => {
    const before = await schemaSnapshot(t);
    await Promise.all([migrate(t.db), migrate(t.db), migrate(t.db)]);
    expect(await schemaSnapshot(t)).toEqual(before);
  });
});
