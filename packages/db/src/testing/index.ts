import { inject } from "vitest";
import { createDb, type Database } from "../client-core";
import { cloneDatabase, createDatabase, databaseUrl, dropDatabase, randomName } from "./databases";
import type {} from "./provided-context";

export interface TestDatabase {
  db: Database;
  url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for a test file (a clone of the run's template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = randomName("gp_test");
  await cloneDatabase(inject("testServerUrl"), inject("templateDatabase"), name);
  return open(name);
}

/** An empty database, not migrated, for migration tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = randomName("gp_empty");
  await createDatabase(inject("testServerUrl"), name);
  return open(name);
}

class RolledBack extends Error {}

/**
 * Runs `work` in a transaction of `db` that is then rolled back, and returns what it returned: the
 * writing path runs, nothing stays. The pool is passed as it is typed everywhere (a transaction
 * has its queries; a write that opens its own transaction gets a savepoint in this one).
 */
export async function rolledBack<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      result = await work(tx as unknown as Database);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return result!;
}

function open(name: string): TestDatabase {
  const serverUrl = inject("testServerUrl");
  const url = databaseUrl(serverUrl, name);
  const db = createDb(url, { max: 4 });
  return {
    db,
    url,
    async drop() {
      await db.$client.end();
      await dropDatabase(serverUrl, name);
    },
  };
}
