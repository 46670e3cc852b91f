import { createDb, type Database } from "./client-core";
import { env } from "./env";

/** What an app sets for its pools before it serves (from its own env.ts). */
export interface PoolSettings {
  /** statement_timeout of every connection, in ms: no request can hold a connection for ever. */
  statementTimeoutMs: number;
}

const globalForDb = globalThis as unknown as { gpDb?: Database; gpReadDb?: Database; gpPoolSettings?: PoolSettings };

/**
 * Sets the app's pool settings; called once at start (the app's instrumentation), before any
 * request opens a pool. The public site and the admin app want different limits, so the app
 * decides, not this package.
 */
export function configurePools(settings: PoolSettings): void {
  const current = globalForDb.gpPoolSettings;
  if ((globalForDb.gpDb || globalForDb.gpReadDb) && current?.statementTimeoutMs !== settings.statementTimeoutMs)
    throw new Error("configurePools must run before the first database request.");
  globalForDb.gpPoolSettings = settings;
}

function poolSettings(): PoolSettings {
  const settings = globalForDb.gpPoolSettings;
  if (!settings) throw new Error("The app did not call configurePools (from @gp/db/client) at start.");
  return settings;
}

/** The app's pool on DATABASE_URL (all writes), created on first use and shared across hot reloads. */
export function getDb(): Database {
  if (!globalForDb.gpDb) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set. Start the apps with `npm start`.");
    globalForDb.gpDb = createDb(env.DATABASE_URL, {
      max: env.DATABASE_POOL_SIZE,
      applicationName: "gp-app",
      statementTimeoutMs: poolSettings().statementTimeoutMs,
    });
  }
  return globalForDb.gpDb;
}

/**
 * The pool for read-only work: DATABASE_READ_URL (a replica) when set, else the same pool as
 * `getDb`. Public pages read through it; anything that writes uses `getDb`.
 */
export function getReadDb(): Database {
  if (!env.DATABASE_READ_URL) return getDb();
  globalForDb.gpReadDb ??= createDb(env.DATABASE_READ_URL, {
    max: env.DATABASE_POOL_SIZE,
    applicationName: "gp-app-read",
    statementTimeoutMs: poolSettings().statementTimeoutMs,
  });
  return globalForDb.gpReadDb;
}

export type { Database, Db } from "./client-core";
export { isStatementTimeout, postgresError, raiseStatementTimeout } from "./statement-timeout";
