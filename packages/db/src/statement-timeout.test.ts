import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Database } from "./client-core";
import { isStatementTimeout, postgresError, raiseStatementTimeout } from "./statement-timeout";
import { createTestDatabase, type TestDatabase } from "./testing";

const HELD = 727_991;

describe("statement timeouts", () => {
  let t: TestDatabase;
  // A request-serving pool with a short limit, and a connection that holds a lock the pool waits on:
  // a statement blocked on it runs as long as the lock is held, with no sleep in the test.
  let pool: Database;
  let holder: postgres.Sql;
  beforeAll(async () => {
    t = await createTestDatabase();
    pool = createDb(t.url, { max: 2, statementTimeoutMs: 200 });
    holder = postgres(t.url, { max: 1, onnotice: () => {} });
    await holder`select pg_advisory_lock(${HELD})`;
  });
  afterAll(async () => {
    await holder.end();
    await pool.$client.end();
    await t.drop();
  });

  it("cancels a statement that runs past the pool's limit, with an error that says so", async () => {
    const error = await pool.execute(sql`select pg_advisory_lock(${HELD})`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isStatementTimeout(error)).toBe(true);
    expect(String((error as Error).cause)).toMatch(/canceling statement due to statement timeout/);
    expect(isStatementTimeout(new Error("canceling statement due to user request"))).toBe(false);
    // PostgreSQL's own words, under drizzle's "Failed query" error that quotes the statement.
    expect((error as Error).message).toMatch(/^Failed query: select pg_advisory_lock/);
    expect(postgresError(error)).toEqual({ code: "57014", message: "canceling statement due to statement timeout" });
    expect(postgresError(new Error("connect ECONNREFUSED"))).toBeNull();
  });

  it("raises the limit for one transaction only, never lowers it, and leaves an unlimited pool unlimited", async () => {
    const show = async (db: Pick<Database, "execute">) =>
      (await db.execute<{ statement_timeout: string }>(sql`show statement_timeout`))[0]!.statement_timeout;
    expect(await show(pool)).toBe("200ms");
    expect(
      await pool.transaction(async (tx) => {
        await raiseStatementTimeout(tx, 60_000);
        return show(tx);
      }),
    ).toBe("1min");
    expect(
      await pool.transaction(async (tx) => {
        await raiseStatementTimeout(tx, 100);
        return show(tx);
      }),
    ).toBe("200ms");
    // Both connections of the pool are back at the pool's own limit.
    expect(await Promise.all([show(pool), show(pool)])).toEqual(["200ms", "200ms"]);
    expect(
      await t.db.transaction(async (tx) => {
        await raiseStatementTimeout(tx, 60_000);
        return show(tx);
      }),
    ).toBe("0");
    await expect(pool.transaction((tx) => raiseStatementTimeout(tx, 0))).rejects.toThrow(RangeError);
  });

  it("a raised transaction outlives a statement the pool's limit cancels", async () => {
    const raised = pool.transaction(async (tx) => {
      await raiseStatementTimeout(tx, 60_000);
      await tx.execute(sql`select pg_advisory_xact_lock(${HELD})`);
      return "done";
    });
    await vi.waitFor(async () => {
      const [row] = await holder<[{ n: number }]>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`;
      expect(row.n).toBe(1);
    });
    // Started after the raised one, cancelled at 200 ms: the raised one has waited longer by then.
    const cancelled = await pool.execute(sql`select pg_advisory_lock(${HELD})`).catch((e: unknown) => e);
    expect(isStatementTimeout(cancelled)).toBe(true);
    const [still] = await holder<[{ n: number }]>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`;
    expect(still.n).toBe(1);
    await holder`select pg_advisory_unlock(${HELD})`;
    expect(await raised).toBe("done");
  });
});
