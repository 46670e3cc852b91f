import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { runSearch } from "../queries/public-search";
import { parseSearchParams } from "../queries/search-params";
import { loadSearchFixture } from "../queries/testing/search-fixture";
import { changesSince } from "./change-feed";
import { pruneSearchChanges, type PruneOptions, SEARCH_PRUNE_LOCK } from "./change-feed-prune";
import { SearchEngine } from "./engine";

// Pruning the change feed keeps it bounded and never makes a reader stale: a reader whose
// position was pruned rebuilds instead of missing changes.

/** Prunes every row it may (none kept for age or count). */
const everything: PruneOptions = { retentionMinutes: 0, keepNewest: 0, batch: 100_000 };

describe("pruning the search's change feed", { timeout: 600_000 }, () => {
  let t: TestDatabase;
  const feedRows = async () =>
    (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from search_changes`))[0]!.n;
  const published = async (n: number) =>
    t.db.execute<{ id: number; slug: string }>(
      sql`select id, slug from practices where status = 'published' order by id limit ${n}`,
    );
  const retitle = (id: number, title: string) =>
    t.db.execute(sql`update practices set title = ${title} where id = ${id}`);
  const slugs = async (engine: SearchEngine, q: string) =>
    (
      await runSearch(t.db, parseSearchParams(new URLSearchParams(`q=${q}&pageSize=100`)), {
        engine,
        facets: false,
        correct: false,
      })
    ).results.items.map((i) => i.slug);
  /**
   * Waits until every feed row may be pruned: transaction ids and snapshots are the cluster's, so a
   * transaction open in another test file's database (they run side by side) holds back what a
   * prune may remove, as it must in production.
   */
  const prunable = async () => {
    await expect
      .poll(
        async () =>
          (
            await t.db.execute<{ held: boolean }>(sql`
              select exists (select 1 from search_changes where xid >= pg_snapshot_xmin(pg_current_snapshot())) as held`)
          )[0]!.held,
        { timeout: 300_000 },
      )
      .toBe(false);
  };
  /** Syncs until the index answers again (after a rebuild in the background). */
  const settled = async (engine: SearchEngine) => {
    await expect.poll(() => engine.refresh(t.db), { timeout: 60_000 }).toBe(true);
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await loadSearchFixture(t.db);
  });
  afterAll(() => t.drop());

  it("keeps the young rows and the newest ones, and prunes the rest", async () => {
    const [a] = await published(1);
    for (let i = 0; i < 5; i++) await retitle(a!.id, `Title ${i}`);
    const before = await feedRows();
    expect(before).toBeGreaterThan(5);
    const young = await pruneSearchChanges(t.db, { retentionMinutes: 60, keepNewest: 1_000_000, batch: 1000 });
    expect(young).toMatchObject({ ran: true, deleted: 0 });
    expect(await feedRows()).toBe(before);
    await prunable();
    const capped = await pruneSearchChanges(t.db, { retentionMinutes: 60, keepNewest: 3, batch: 1000 });
    expect(capped.deleted).toBe(before - 3);
    expect(await feedRows()).toBe(3);
    expect(capped.horizon).not.toBeNull();
  });

  it("an up-to-date reader stays current through a prune, without rebuilding", async () => {
    const engine = await SearchEngine.build(t.db);
    const [, b] = await published(2);
    await retitle(b!.id, "Aardvark outreach");
    expect(await slugs(engine, "aardvark")).toEqual([b!.slug]);
    await prunable();
    // Up to date: it reads after every row to prune was written and every older transaction ended (its
    // snapshot's xmin is the cluster's: a transaction open elsewhere when it last read would make it
    // behind the prune, and rebuilding would be right).
    expect(await engine.refresh(t.db)).toBe(true);
    await pruneSearchChanges(t.db, everything);
    expect(await feedRows()).toBe(0);
    await retitle(b!.id, "Narwhal outreach");
    // Answered from the index (no rebuild), and current.
    expect(await engine.refresh(t.db)).toBe(true);
    expect(await slugs(engine, "narwhal")).toEqual([b!.slug]);
    expect(await slugs(engine, "aardvark")).toEqual([]);
  });

  it("a reader whose position was pruned learns it and rebuilds, missing nothing", async () => {
    const lagging = await SearchEngine.build(t.db);
    const position = (await changesSince(t.db, null)).snapshot;
    const [, , c] = await published(3);
    await retitle(c!.id, "Pangolin outreach");
    expect(await changesSince(t.db, position)).toMatchObject({ practices: [c!.id], rebuild: false });

    await prunable();
    const prune = await pruneSearchChanges(t.db, everything);
    expect(prune.deleted).toBeGreaterThan(0);
    // The row of that edit is gone, but the reader is told so.
    expect(await changesSince(t.db, position)).toMatchObject({ practices: [], rebuild: true });
    // The engine reloads in the background (SQL answers meanwhile, current) and then answers itself.
    expect(await slugs(lagging, "pangolin")).toEqual([c!.slug]);
    await settled(lagging);
    expect(await slugs(lagging, "pangolin")).toEqual([c!.slug]);
    // A reader that read after the prune is not sent to rebuild.
    const after = (await changesSince(t.db, null)).snapshot;
    expect((await changesSince(t.db, after)).rebuild).toBe(false);
  });

  it("prunes nothing at or after a transaction still writing, so current readers need not rebuild", async () => {
    const engine = await SearchEngine.build(t.db);
    const [, , , d, e] = await published(5);
    const early = await t.db.$client.reserve();
    try {
      await early`begin`;
      await early`update practices set title = 'Okapi outreach' where id = ${d!.id}`;
      // Committed after the open transaction began: its row has a later transaction id.
      await retitle(e!.id, "Tapir outreach");
      const prune = await pruneSearchChanges(t.db, everything);
      expect(prune.deleted).toBe(0);
      await early`commit`;
    } finally {
      early.release();
    }
    // Both writes are applied from the feed (no rebuild: the index answers), and show.
    expect(await engine.refresh(t.db)).toBe(true);
    expect(await slugs(engine, "okapi")).toEqual([d!.slug]);
    expect(await slugs(engine, "tapir")).toEqual([e!.slug]);
  });

  it("while one prune holds the lock, another skips; a prune with nothing to remove keeps the horizon", async () => {
    const [f] = await published(6);
    await retitle(f!.id, "Quagga outreach");
    const holder = await t.db.$client.reserve();
    try {
      await holder`begin`;
      await holder`select pg_advisory_xact_lock(${SEARCH_PRUNE_LOCK})`;
      expect(await pruneSearchChanges(t.db, everything)).toEqual({ ran: false, deleted: 0, horizon: null });
      await holder`commit`;
    } finally {
      holder.release();
    }
    await prunable();
    const pruned = await pruneSearchChanges(t.db, everything);
    expect(pruned.deleted).toBeGreaterThan(0);
    const idle = await pruneSearchChanges(t.db, everything);
    expect(idle).toEqual({ ran: true, deleted: 0, horizon: pruned.horizon });
  });
});
