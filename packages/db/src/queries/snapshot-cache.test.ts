import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client-core";
import { createTestDatabase, type TestDatabase } from "../testing";
import { SnapshotCache } from "./snapshot-cache";

// The snapshot is the whole cluster's: a commit in any database (other test files, other packages'
// tests on a shared server) changes it. Where a test needs "nothing committed", it holds one
// snapshot in a repeatable-read transaction, inside which pg_current_snapshot() does not move.

describe("the snapshot cache", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.execute(sql`insert into search_terms (term, documents) values ('pension', 1)`);
  });
  afterAll(() => t.drop());

  const frozen = <T>(run: (tx: Db) => Promise<T>) =>
    t.db.transaction(run, { isolationLevel: "repeatable read", accessMode: "read only" });
  const documents = async (db: Db, calls: { n: number }) => {
    calls.n++;
    const [row] = await db.execute<{ documents: number }>(
      sql`select documents from search_terms where term = 'pension'`,
    );
    return row!.documents;
  };

  it("answers from the cache while nothing is committed, and recomputes after any commit", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    await frozen(async (tx) => {
      expect(await cache.get(tx, "k", () => documents(tx, calls))).toBe(1);
      expect(await cache.get(tx, "k", () => documents(tx, calls))).toBe(1);
    });
    expect(calls.n).toBe(1);
    await t.db.execute(sql`update search_terms set documents = 2 where term = 'pension'`);
    expect(await cache.get(t.db, "k", () => documents(t.db, calls))).toBe(2);
    expect(calls.n).toBe(2);
  });

  it("sees a transaction's writes once it commits, not before", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    const before = await cache.get(t.db, "k", () => documents(t.db, calls));
    let written!: () => void;
    const updated = new Promise<void>((resolve) => (written = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const open = t.db.transaction(async (tx) => {
      await tx.execute(sql`update search_terms set documents = documents + 10 where term = 'pension'`);
      written();
      await gate;
    });
    await updated; // the update is done, not committed
    expect(await cache.get(t.db, "k", () => documents(t.db, calls))).toBe(before);
    release();
    await open;
    expect(await cache.get(t.db, "k", () => documents(t.db, calls))).toBe(before + 10);
  });

  it("does not keep a value computed while something committed", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    await cache.get(t.db, "k", async () => {
      await t.db.execute(sql`update search_terms set documents = documents + 1 where term = 'pension'`);
      return documents(t.db, calls);
    });
    await frozen((tx) => cache.get(tx, "k", () => documents(tx, calls)));
    expect(calls.n).toBe(2);
    expect(cache.size).toBe(1);
  });

  it("shares one computation between requests that ask at once under the same snapshot, not across a commit", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = 0;
    const slow = (db: Db) => async () => {
      entered++;
      await gate;
      return documents(db, calls);
    };
    // The first two ask under one held snapshot; the commit below happens outside it.
    let first!: Promise<number>;
    let second!: Promise<number>;
    let asked!: () => void;
    const bothAsked = new Promise<void>((resolve) => (asked = resolve));
    const held = frozen(async (tx) => {
      first = cache.get(tx, "shared", slow(tx));
      second = cache.get(tx, "shared", slow(tx));
      asked();
      await Promise.all([first, second]);
    });
    await bothAsked;
    // The first computation runs (so the held snapshot is taken) before anything commits.
    await expect.poll(() => entered).toBe(1);
    await t.db.execute(sql`update search_terms set documents = documents + 1 where term = 'pension'`);
    // Asked after the commit: a computation of its own, although the first is still running.
    const third = cache.get(t.db, "shared", slow(t.db));
    await expect.poll(() => entered).toBe(2);
    release();
    const [a, b, c] = await Promise.all([first, second, third, held]);
    expect(calls.n).toBe(2);
    expect(b).toBe(a);
    const [row] = await t.db.execute<{ documents: number }>(
      sql`select documents from search_terms where term = 'pension'`,
    );
    expect(c).toBe(row!.documents);
  });

  it("takes a snapshot the caller read instead of reading one, and keeps nothing computed after a commit", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    const [held, value] = await frozen(async (tx) => {
      const [row] = await tx.execute<{ s: string }>(sql`select pg_current_snapshot()::text as s`);
      return [row!.s, await cache.get(tx, "given", () => documents(tx, calls))] as const;
    });
    await t.db.execute(sql`update search_terms set documents = documents + 1 where term = 'pension'`);
    // The caller vouches for `held` (a search's snapshot read after its request arrived): a hit under it.
    expect(await cache.get(t.db, "given", () => documents(t.db, calls), held)).toBe(value);
    expect(calls.n).toBe(1);
    // Without one, the cache reads the database's snapshot: the commit shows.
    expect(await cache.get(t.db, "given", () => documents(t.db, calls))).toBe(value + 1);
    // A value computed under a given snapshot that is no longer current is not kept under it.
    const other = new SnapshotCache();
    await other.get(t.db, "given", () => documents(t.db, calls), held);
    expect(other.size).toBe(0);
  });

  it("keeps at most its size, dropping the least recently used", async () => {
    const cache = new SnapshotCache(2);
    const calls = { n: 0 };
    await frozen(async (tx) => {
      for (const key of ["a", "b", "a", "c", "a", "b"]) await cache.get(tx, key, () => documents(tx, calls));
    });
    // a, b computed; a hit; c evicts b; a hit; b computed again.
    expect(calls.n).toBe(4);
    expect(cache.size).toBe(2);
  });
});
