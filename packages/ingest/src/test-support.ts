// Helpers for the database tests of this package.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "@gp/db";
import { sql } from "drizzle-orm";
import { applyImport, planImport } from "./api";
import { COMMAND_ENVIRONMENT } from "./command";
import type { ImportFormat } from "./record";
import type { ImportReport } from "./report";

export const seedText = readFileSync(new URL("../seeds/000_d035195890cc90f6.txt", import.meta.url), "utf8");

/** Plans and applies one text, as the admin app does (plan, then apply). */
export async function importText(
  db: Database,
  text: string,
  options: { name?: string; format?: ImportFormat; actor?: string } = {},
): Promise<ImportReport> {
  const plan = await planImport(db, [{ name: options.name ?? "export.txt", content: text }], {
    format: options.format,
  });
  return applyImport(db, plan, { actor: options.actor ?? "test" });
}

/** The counts of the first eight report keys: the command line's --json contract. */
export function counts(report: ImportReport) {
  const { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts } = report;
  return { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts, errors: report.errors.length };
}

/** Row counts of every table an import writes, and a digest of the practices: to show nothing changed. */
export async function databaseState(db: Database) {
  const [row] = await db.execute<Record<string, string>>(sql`select
    (select count(*) from practices) as practices,
    (select count(*) from practice_topics) as practice_topics,
    (select count(*) from practice_sources) as sources,
    (select count(*) from import_batches) as batches,
    (select count(*) from import_conflicts) as conflicts,
    (select count(*) from duplicate_candidates) as candidates,
    (select count(*) from audit_events) as audit_events,
    (select count(*) from topics) as topics,
    (select count(*) from topic_aliases) as topic_aliases,
    (select count(*) from institutions) as institutions,
    (select coalesce(sum(documents), 0) from search_terms) as search_terms,
    (select md5(coalesce(string_agg(concat_ws('|', id, version, fingerprint, summary, title, topic_ids::text, status, updated_at), ',' order by id), ''))
       from practices) as practices_digest`);
  return row!;
}

/** The id of the live practice whose summary starts with `start`. */
export async function practiceId(db: Database, start: string): Promise<number> {
  const rows = await db.execute<{ id: number }>(
    sql`select id from practices where summary like ${`${start}%`} and status <> 'merged'`,
  );
  if (rows.length !== 1) throw new Error(`${rows.length} practices start with “${start}”`);
  return rows[0]!.id;
}

/** Candidate pairs as [summary start of a, of b], smaller id first. */
export async function candidatePairs(db: Database): Promise<Array<[string, string, string]>> {
  const rows = await db.execute<{ a: string; b: string; status: string }>(sql`
    select left(a.summary, 30) as a, left(b.summary, 30) as b, d.status from duplicate_candidates d
    join practices a on a.id = d.practice_a_id join practices b on b.id = d.practice_b_id order by d.id`);
  return rows.map((r) => [r.a, r.b, r.status]);
}

/** The listing split into its records (each from its "Implementation year:" line), and the header. */
export function splitListing(text: string): { header: string; records: string[] } {
  const parts = text.split(/(?=^Implementation year:$)/m);
  return { header: parts[0]!, records: parts.slice(1).map((r) => (r.endsWith("\n") ? r : `${r}\n`)) };
}

/** The command line as `npm run ingest` runs it: built by build.mjs (vitest's global setup), in plain node. */
export const ingestCommand = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));

/** The environment `npm run ingest` gives the command, with this database. */
export function ingestEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const { INIT_CWD: _, ...environment } = process.env;
  return { ...environment, ...COMMAND_ENVIRONMENT, DATABASE_URL: databaseUrl };
}

/** Runs the command line as `npm run ingest` does, on the test database. */
export function ingest(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [ingestCommand, ...args],
      { env: ingestEnvironment(databaseUrl) },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Makes every later insert of provenance rows fail with "a write that fails, for the test" (SQLSTATE P0001). */
export async function refuseProvenanceWrites(db: Database): Promise<void> {
  await db.execute(
    sql.raw(`
    create function test_failing_write() returns trigger language plpgsql as
      $$ begin raise exception 'a write that fails, for the test'; end $$;
    create trigger test_failing_write before insert on practice_sources
      for each statement execute function test_failing_write();`),
  );
}
