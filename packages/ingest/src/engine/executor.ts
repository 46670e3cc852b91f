import type { Db } from "@gp/db";
import type { SQL } from "drizzle-orm";

/** The one thing the engine asks of a database handle. */
export interface Executor {
  execute<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
}

/**
 * Runs statements one after another, in the order they were issued, whether or not the caller
 * waits for them: the import fires a chunk's inserts and goes on parsing and matching the next
 * chunk while PostgreSQL works. The first failure fails every later statement, and `drain` reports it.
 */
export class SerialExecutor implements Executor {
  private tail: Promise<unknown> = Promise.resolve();
  private failure: unknown = null;
  private readonly tracked = new Set<Promise<void>>();

  constructor(private readonly db: Db) {}

  execute<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
    const run = this.tail.then(() => {
      if (this.failure) throw this.failure;
      return this.db.execute<T>(query) as Promise<T[]>;
    });
    this.tail = run.catch((error: unknown) => {
      this.failure ??= error;
    });
    return run;
  }

  /**
   * A statement nobody waits for (issued through `asDb()`, so it is already queued): `then` runs
   * on its rows, and a failure of either surfaces at `drain`.
   */
  track<T>(statement: Promise<T>, then: (result: T) => void): void {
    const done = statement.then(then).catch((error: unknown) => {
      this.failure ??= error;
    });
    this.tracked.add(done);
    void done.finally(() => this.tracked.delete(done));
  }

  /**
   * This executor where a query function of @gp/db wants a `Db` but only calls `execute` (the
   * import writes, `addSearchTerms`), so that its statement joins the queue instead of overtaking it.
   */
  asDb(): Db {
    return { execute: (query: SQL) => this.execute(query) } as unknown as Db;
  }

  /** Waits for every statement issued so far; throws the first failure. */
  async drain(): Promise<void> {
    await this.tail;
    await Promise.all(this.tracked);
    if (this.failure) throw this.failure;
  }
}
