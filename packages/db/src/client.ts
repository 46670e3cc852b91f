import { createDb, type Database } from "./client-core";
import { env } from "./env";

const globalForDb = globalThis as unknown as { gpDb?: Database };

/** The app's pool on DATABASE_URL, created on first use and shared across hot reloads. */
export function getDb(): Database {
  if (!globalForDb.gpDb) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set. Start the apps with `npm start`.");
    globalForDb.gpDb = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE, applicationName: "gp-app" });
  }
  return globalForDb.gpDb;
}

export type { Database, Db } from "./client-core";
