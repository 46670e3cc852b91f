// SIGKILL during an import: the real command line, a large generated listing, killed at several
// points of its transaction. After each kill the database is exactly as before (every table's rows
// and content), nothing is left holding the import lock, and the next import of the same file
// succeeds with the same outcome as on a database that was never interrupted.
//
// The kill points are exact, not guessed by timing: a trigger added to the victim database (and
// dropped afterwards) makes the import's own backend wait on an advisory lock that the test holds,
// at the n-th row of a chosen table. While it waits, the test kills the command with SIGKILL.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Database } from "@gp/db";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateListing } from "../bench/generate";
import { importText, ingestCommand, ingestEnvironment, seedText } from "./test-support";

/** The import lock (api.ts): one import at a time. */
const IMPORT_LOCK = 727_002;
/** The lock the trigger waits for while the test holds it. */
const PAUSE_LOCK = 727_999;
/** Enough records for an import of several seconds and many chunks. */
const RECORDS = 8_000;

/** Every table's row count and a checksum of its rows' text (as the backup test compares them). */
async function tableFingerprints(db: Database): Promise<Record<string, string>> {
  const tables = await db.execute<{ name: string }>(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 1`);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.execute<{ n: number; sum: string | null }>(
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as sum from ${sql.identifier(name)} x`,
    );
    result[name] = `${row!.n}:${row!.sum}`;
  }
  return result;
}

/** Just the row counts. */
function rowCounts(fingerprints: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fingerprints).map(([table, value]) => [table, value.split(":")[0]!]));
}

/** The practices' content without ids or times (which differ between two databases by design). */
async function practicesContent(db: Database): Promise<string> {
  const [row] = await db.execute<{ sum: string }>(sql`
    select md5(string_agg(concat_ws('|', p.slug, p.title, p.summary, p.fingerprint, p.status, p.award_year, p.implementation_year,
      p.award_distinction, i.slug, (select string_agg(t.slug, ',' order by t.slug) from topics t where t.id = any(p.topic_ids))), E'\n' order by p.fingerprint)) as sum
    from practices p join institutions i on i.id = p.institution_id`);
  return row!.sum;
}

async function sourceRows(db: Database): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from practice_sources`);
  return row!.n;
}

interface Run {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `ingest FILE --json` as `npm run ingest` does, on the given database. */
function startIngest(file: string, databaseUrl: string): Run {
  const child = spawn(process.execPath, [ingestCommand, file, "--json", "--actor", "sigkill-test"], {
    env: ingestEnvironment(databaseUrl),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    stdout,
    stderr,
  }));
  return { child, exited };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The import's session (application_name "ingest", see cli.ts) that waits for the pause lock, if one does. */
async function pausedImport(db: Database): Promise<boolean> {
  const [row] = await db.execute<{ paused: boolean }>(sql`
    select exists (
      select 1 from pg_stat_activity a join pg_locks l on l.pid = a.pid
      where a.datname = current_database() and a.application_name = 'ingest'
        and l.locktype = 'advisory' and l.objid = ${PAUSE_LOCK} and not l.granted) as paused`);
  return row!.paused;
}

/** Whether any session of the import is still connected. */
async function importConnected(db: Database): Promise<boolean> {
  const [row] = await db.execute<{ connected: boolean }>(sql`
    select exists (select 1 from pg_stat_activity where datname = current_database() and application_name = 'ingest') as connected`);
  return row!.connected;
}

/**
 * A kill point: the import's backend stops before writing row `row` of `table` (an insert or an
 * update, optionally only rows matching `when`) and waits for the pause lock.
 */
interface KillPoint {
  name: string;
  table: string;
  event: "insert" | "update";
  row: number;
  when?: string;
}

async function addPause(db: Database, point: KillPoint): Promise<void> {
  // The row counter lives in a transaction-local setting: it starts at zero in the import's transaction.
  await db.execute(
    sql.raw(`
    create function gp_test_pause() returns trigger language plpgsql as $$
    declare n int := coalesce(nullif(current_setting('gp_test.rows', true), ''), '0')::int + 1;
    begin
      perform set_config('gp_test.rows', n::text, true);
      if n = tg_argv[0]::int then perform pg_advisory_xact_lock(${PAUSE_LOCK}); end if;
      return new;
    end $$`),
  );
  await db.execute(
    sql.raw(`
    create trigger gp_test_pause before ${point.event} on ${point.table} for each row
    ${point.when ? `when (${point.when})` : ""} execute function gp_test_pause('${point.row}')`),
  );
}

async function removePause(db: Database, point: KillPoint): Promise<void> {
  await db.execute(sql.raw(`drop trigger gp_test_pause on ${point.table}; drop function gp_test_pause()`));
}

/**
 * Runs the import with the pause in place and the pause lock held, waits until the import's
 * backend waits at the pause, kills the command with SIGKILL, then lets the orphaned backend go
 * on: PostgreSQL notices the client is gone at its next read or write and rolls back.
 */
async function killAt(db: Database, url: string, file: string, point: KillPoint): Promise<void> {
  await addPause(db, point);
  const holder = await db.$client.reserve();
  try {
    await holder`select pg_advisory_lock(${PAUSE_LOCK})`;
    const run = startIngest(file, url);
    let ended = false;
    void run.exited.then(() => (ended = true));
    while (!(await pausedImport(db))) {
      if (ended) {
        const { code, stdout, stderr } = await run.exited;
        throw new Error(
          `the import ended (exit code ${code}) before the kill point "${point.name}": ${stderr || stdout.slice(0, 300)}`,
        );
      }
      await sleep(25);
    }
    run.child.kill("SIGKILL");
    const { signal } = await run.exited;
    expect(signal, point.name).toBe("SIGKILL");
    await holder`select pg_advisory_unlock(${PAUSE_LOCK})`;
  } finally {
    holder.release();
  }
  // Wait (no deadline but the test's) until PostgreSQL has ended the killed client's sessions.
  while (await importConnected(db)) await sleep(25);
  await removePause(db, point);
}

describe("SIGKILL during an import", () => {
  let victim: TestDatabase;
  let reference: TestDatabase;
  let dir: string;
  let listing: string;

  beforeAll(async () => {
    [victim, reference] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    // Both start with the sample data, so "as before" is more than an empty database.
    await Promise.all([importText(victim.db, seedText), importText(reference.db, seedText)]);
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-sigkill-"));
    listing = path.join(dir, "large.txt");
    await generateListing(listing, { records: RECORDS, institutions: 800, seed: 5 });
  });
  afterAll(async () => {
    await Promise.all([victim?.drop(), reference?.drop()]);
    await rm(dir, { recursive: true, force: true });
  });

  it(
    "leaves the database exactly as before at every kill point, and the next import succeeds",
    { timeout: 900_000 },
    async () => {
      // What the import does when left alone, on an identical database: the outcome to expect, and
      // how many provenance rows it writes (one per record), to place the kill points.
      const sourcesBefore = await sourceRows(reference.db);
      const full = await startIngest(listing, reference.url).exited;
      expect(full.code, full.stderr).toBe(0);
      const expected = JSON.parse(full.stdout);
      expect(expected).toMatchObject({ records: RECORDS, errors: [] });
      expect(expected.added).toBeGreaterThan(RECORDS * 0.8);
      const sources = (await sourceRows(reference.db)) - sourcesBefore;
      expect(sources).toBe(RECORDS);

      const points: KillPoint[] = [
        // Its first write: the transaction has begun and holds the import lock.
        { name: "the batch row", table: "import_batches", event: "insert", row: 1 },
        { name: "the first practice", table: "practices", event: "insert", row: 1 },
        { name: "a tenth of the records", table: "practice_sources", event: "insert", row: Math.round(sources * 0.1) },
        { name: "half of the records", table: "practice_sources", event: "insert", row: Math.round(sources * 0.5) },
        { name: "the last record", table: "practice_sources", event: "insert", row: sources },
        // Everything written but the batch's counts and its audit event, the last statements before COMMIT.
        { name: "the batch's counts", table: "import_batches", event: "update", row: 1 },
        {
          name: "the audit event, just before COMMIT",
          table: "audit_events",
          event: "insert",
          row: 1,
          when: "new.action = 'import.apply'",
        },
      ];

      const before = await tableFingerprints(victim.db);
      for (const point of points) {
        await killAt(victim.db, victim.url, listing, point);
        console.info(`killed with SIGKILL at ${point.name} (${point.table}, ${point.event} of row ${point.row})`);
        expect(await tableFingerprints(victim.db), `after the kill at "${point.name}"`).toEqual(before);
        const [lock] = await victim.db.execute<{ held: boolean }>(sql`
        select exists (select 1 from pg_locks where locktype = 'advisory' and objid = ${IMPORT_LOCK} and database = (select oid from pg_database where datname = current_database())) as held`);
        expect(lock!.held, `the import lock is free after the kill at "${point.name}"`).toBe(false);
      }

      const next = await startIngest(listing, victim.url).exited;
      expect(next.code, next.stderr).toBe(0);
      const report = JSON.parse(next.stdout);
      const outcome = (r: Record<string, unknown>) => {
        const { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts, errors } = r;
        return { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts, errors };
      };
      expect(outcome(report)).toEqual(outcome(expected));
      // Row for row the same as the database that was never interrupted, and the same practices.
      expect(rowCounts(await tableFingerprints(victim.db))).toEqual(rowCounts(await tableFingerprints(reference.db)));
      expect(await practicesContent(victim.db)).toBe(await practicesContent(reference.db));
    },
  );
});
