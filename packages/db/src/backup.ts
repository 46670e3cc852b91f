import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type postgres from "postgres";
import type { Database } from "./client-core";

/**
 * A logical backup of every table of the public schema: one consistent snapshot, written as
 * gzipped text — a JSON header line, then per table a `table <name>` line, one JSON object per row,
 * and an end line `\.` (which no JSON object can equal). Rows travel as JSON rather than through
 * COPY streams: postgres.js can leave a connection stuck after a paused COPY (porsager/postgres#499).
 */
const FORMAT = "good-practices-backup";
const END = "\\.";

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  /** Hashes of the applied migrations: a backup restores only into the same schema. */
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
}

export interface BackupSummary {
  tables: Array<{ name: string; rows: number }>;
}

/** Writes a backup of the database to `file`. */
export async function backupDatabase(db: Database, file: string): Promise<BackupSummary> {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const summary = await db.$client.begin("isolation level repeatable read read only", async (sql) => {
    const tables = await tablesInLoadOrder(sql);
    const counted = [];
    for (const name of tables) {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(name)}`;
      counted.push({ name, rows: row?.n ?? 0 });
    }
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(sql),
      tables: counted,
    };
    await write(gzip, `${JSON.stringify(header)}\n`);
    for (const name of tables) {
      await write(gzip, `table ${name}\n`);
      const cursor = sql<{ row: string }[]>`select row_to_json(t)::text as row from ${sql(name)} t`.cursor(1000);
      for await (const rows of cursor) await write(gzip, rows.map((r) => `${r.row}\n`).join(""));
      await write(gzip, `${END}\n`);
    }
    return { tables: counted };
  });
  gzip.end();
  await done;
  return summary;
}

/**
 * Replaces the contents of the database with a backup, in one transaction: all or nothing. The
 * database must be migrated to the same migrations as the one backed up.
 */
export async function restoreDatabase(db: Database, file: string): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? "" : first.value);

  return db.$client.begin(async (sql) => {
    const current = await appliedMigrations(sql);
    if (current.join() !== header.migrations.join()) {
      throw new Error(
        `This backup was made at ${header.migrations.length} migrations and this database is at ${current.length}. ` +
          "Restore it with the version of the product that made it, then upgrade.",
      );
    }
    const tables = await tablesInLoadOrder(sql);
    const expected = new Set(header.tables.map((t) => t.name));
    if (tables.length !== expected.size || tables.some((t) => !expected.has(t))) {
      throw new Error("The backup's tables differ from this database's; it was made by another version.");
    }
    await sql.unsafe(`truncate ${tables.map((t) => `"${t}"`).join(", ")} restart identity cascade`);
    // Rows are restored as they were, derived columns included: the user triggers stay off meanwhile.
    for (const table of tables) await sql.unsafe(`alter table "${table}" disable trigger user`);

    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const match = /^table (\w+)$/.exec(next.value);
      if (!match?.[1] || !expected.has(match[1]))
        throw new Error(`The backup is damaged near "${next.value.slice(0, 40)}".`);
      await copyIn(sql, match[1], iterator);
    }

    for (const table of tables) await sql.unsafe(`alter table "${table}" enable trigger user`);
    await resetIdentities(sql);
    // Triggers were off: a row naming nothing tells every web instance to rebuild its search index.
    await sql`insert into search_changes default values`;
    for (const { name, rows } of header.tables) {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(name)}`;
      if (row?.n !== rows) throw new Error(`Table ${name}: the backup holds ${rows} rows, ${row?.n} were restored.`);
    }
    return { tables: header.tables };
  });
}

async function copyIn(sql: postgres.TransactionSql, table: string, lines: AsyncIterator<string>): Promise<void> {
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await sql`insert into ${sql(table)} select * from json_populate_recordset(null::${sql(table)}, ${`[${batch.join(",")}]`}::json)`;
    batch = [];
  };
  for (let next = await lines.next(); ; next = await lines.next()) {
    if (next.done) throw new Error(`The backup ends inside table ${table}.`);
    if (next.value === END) break;
    batch.push(next.value);
    if (batch.length === 500) await flush();
  }
  await flush();
}

function parseHeader(line: string): Header {
  let header: Partial<Header> = {};
  try {
    header = JSON.parse(line) as Partial<Header>;
  } catch {
    // Reported below.
  }
  if (
    header.format !== FORMAT ||
    header.version !== 1 ||
    !Array.isArray(header.tables) ||
    !Array.isArray(header.migrations)
  ) {
    throw new Error("This file is not a Good Practices backup.");
  }
  return header as Header;
}

/** The tables of the public schema, referenced tables before those that reference them. */
async function tablesInLoadOrder(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const tables = (
    await sql<{ name: string }[]>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`
  )
    .map((r) => r.name)
    // The search's change feed and its pruning horizon are derived, not state (a horizon's
    // transaction ids mean nothing in another cluster): a restore asks the search to rebuild instead.
    .filter((name) => name !== "search_changes" && name !== "search_changes_horizon");
  const edges = await sql<{ child: string; parent: string }[]>`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`;
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function appliedMigrations(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`;
  return rows.map((r) => r.hash);
}

/** Sets every identity sequence past the largest id restored. */
async function resetIdentities(sql: postgres.TransactionSql): Promise<void> {
  const columns = await sql<{ table: string; column: string }[]>`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and is_identity = 'YES'`;
  for (const { table, column } of columns) {
    await sql.unsafe(
      `select setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((select max("${column}") from "${table}"), 0) + 1, false)`,
    );
  }
}

function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk)) resolve();
    else {
      stream.once("drain", resolve);
      stream.once("error", reject);
    }
  });
}
