import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { SnapshotCache } from "./snapshot-cache";

describe("the snapshot cache", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.execute(sql`insert into search_terms (term, documents) values ('pension', 1)`);
  });
  afterAll(() => t.drop());

  const documents = async (t: TestDatabase, calls: { n: number }) => {
    calls.n++;
    const [row] = await t.db.execute<{ documents: number }>(sql`select documents from search_terms where term = 'pension'`);
    return row!.documents;
  };

  it("answers from the cache while nothing is committed, and recomputes after any commit", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    expect(await cache.get(t.db, "k", () => documents(t, calls))).toBe(1);
    expect(await cache.get(t.db, "k", () => documents(t, calls))).toBe(1);
    expect(calls.n).toBe(1);
    await t.db.execute(sql`update search_terms set documents = 2 where term = 'pension'`);
    expect(await cache.get(t.db, "k", () => documents(t, calls))).toBe(2);
    expect(calls.n).toBe(2);
  });

  it("sees a transaction's writes once it commits, not before", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    const before = await cache.get(t.db, "k", () => documents(t, calls));
    let release!: () => void;
    const open = t.db.transaction(async (tx) => {
      await tx.execute(sql`update search_terms set documents = documents + 10 where term = 'pension'`);
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await cache.get(t.db, "k", () => documents(t, calls))).toBe(before);
    release();
    await open;
    expect(await cache.get(t.db, "k", () => documents(t, calls))).toBe(before + 10);
  });

  it("does not keep a value computed while something committed", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    await cache.get(t.db, "k", async () => {
      await t.db.execute(sql`update search_terms set documents = documents + 1 where term = 'pension'`);
      return documents(t, calls);
    });
    await cache.get(t.db, "k", () => documents(t, calls));
    expect(calls.n).toBe(2);
    expect(cache.size).toBe(1);
  });

  it("shares one computation between requests that ask at once under the same snapshot, not across a commit", async () => {
    const cache = new SnapshotCache();
    const calls = { n: 0 };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      await gate;
      return documents(t, calls);
    };
    const first = cache.get(t.db, "shared", slow);
    const second = cache.get(t.db, "shared", slow);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await t.db.execute(sql`update search_terms set documents = documents + 1 where term = 'pension'`);
    // Asked after the commit: a computation of its own, although the first is still running.
    const third = cache.get(t.db, "shared", slow);
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    const [a, b, c] = await Promise.all([first, second, third]);
    expect(calls.n).toBe(2);
    expect(b).toBe(a);
    const [row] = await t.db.execute<{ documents: number }>(sql`select documents from search_terms where term = 'pension'`);
    expect(c).toBe(row!.documents);
  });

  it("keeps at most its size, dropping the least recently used", async () => {
    const cache = new SnapshotCache(2);
    const calls = { n: 0 };
    for (const key of ["a", "b", "a", "c", "a", "b"]) await cache.get(t.db, key, () => documents(t, calls));
    // a, b computed; a hit; c evicts b; a hit; b computed again.
    expect(calls.n).toBe(4);
    expect(cache.size).toBe(2);
  });
});
