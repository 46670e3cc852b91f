import { createDb, type Database } from "./client-core";
import { env } from "./env";

const globalForDb = globalThis as unknown as { gpDb?: Database; gpReadDb?: Database };

/** The app's pool on DATABASE_URL (all writes), created on first use and shared across hot reloads. */
export function getDb(): Database {
  if (!globalForDb.gpDb) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set. Start the apps with `npm start`.");
    globalForDb.gpDb = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE, applicationName: "gp-app" });
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
  });
  return globalForDb.gpReadDb;
}

export type { Database, Db } from "./client-core";
