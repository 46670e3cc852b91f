import { sql } from "drizzle-orm";
import type { Transaction } from "./client-core";

/**
 * Lets the statements of one transaction run up to `ms` each, for work that is long by nature
 * (an import, an index rebuild) on a pool whose statement_timeout suits requests. SET LOCAL: the
 * connection goes back to the pool with its own limit. Never lowers a limit, and leaves a
 * connection without one (statement_timeout 0, e.g. the ingest command's) as it is.
 */
export async function raiseStatementTimeout(tx: Transaction, ms: number): Promise<void> {
  if (!Number.isInteger(ms) || ms <= 0)
    throw new RangeError(`A statement timeout is a positive number of ms, not ${ms}.`);
  await tx.execute(sql`
    select set_config('statement_timeout', ${String(ms)}, true) from pg_settings
    where name = 'statement_timeout' and setting::bigint <> 0 and setting::bigint < ${ms}`);
}

/** Whether PostgreSQL cancelled a statement for running past statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(error: unknown): boolean {
  const cause = postgresError(error);
  return cause?.code === "57014" && /statement timeout/.test(cause.message);
}

/**
 * PostgreSQL's own error in `error` or its causes (drizzle wraps it in a "Failed query" error whose
 * message holds the statement and every parameter: at an import's scale, megabytes), or null.
 */
export function postgresError(error: unknown): { code: string; message: string } | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: e.message };
  }
  return null;
}
