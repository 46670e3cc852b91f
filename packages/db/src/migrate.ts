import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client-core";
import { seedReferenceData } from "./reference/seed";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Serialises migrations across processes that start together (two app instances, parallel tests). */
const MIGRATE_LOCK = 727_001;

/**
 * Applies pending migrations, then upserts the reference data. Safe to run concurrently and
 * repeatedly. Needs a pool of two or more: one connection holds the lock while the others work.
 */
export async function migrate(db: Database): Promise<void> {
  const lock = await db.$client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATE_LOCK})`;
    await drizzleMigrate(db, { migrationsFolder });
    await db.transaction((tx) => seedReferenceData(tx));
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATE_LOCK})`.catch(() => undefined);
    lock.release();
  }
}

/** True when the database has no practices and has never imported anything. */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from practices) and not exists (select 1 from import_batches) as empty`,
  );
  return rows[0]?.empty ?? true;
}
