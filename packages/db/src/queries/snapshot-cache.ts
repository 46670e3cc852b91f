import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/**
 * A cache that can never serve stale data: each entry is stored with the MVCC snapshot it was
 * computed under (pg_current_snapshot(): xmin, xmax and the transactions in progress), and is used
 * only while the database's current snapshot is the same. Two equal snapshots see exactly the same
 * committed data, so a hit returns what the queries would return now; any commit anywhere in the
 * cluster changes the snapshot and empties the cache in effect. It saves work on a read-mostly
 * public site (the same search asked again, the home page's totals) without any staleness window.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, { snapshot: string; value: unknown }>();
  /**
   * Computations under way, by key and snapshot. Under load, right after a commit, many requests
   * want the same value at once (the home page's totals): they share one computation instead of
   * each running the same heavy queries side by side.
   */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(private readonly maxEntries = 500) {}

  /**
   * The value of `compute` for this key, from the cache when the data cannot have changed.
   * `current` is a snapshot the caller read after its request arrived (the search index's, see
   * SearchOutcome.snapshot): a hit under it is as fresh as one under a snapshot read now, and saves
   * the query that reads one.
   */
  async get<T>(db: Db, key: string, compute: () => Promise<T>, current?: string): Promise<T> {
    const before = current ?? (await currentSnapshot(db));
    const hit = this.entries.get(key);
    if (hit && hit.snapshot === before) {
      // Least recently used goes first: re-insert on use.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    // Joining is as fresh as computing: the snapshot is still the one the computation started
    // under, so nothing has committed since it began that this request could miss.
    const flight = `${before}\u0000${key}`;
    const running = this.pending.get(flight);
    if (running) return running as Promise<T>;
    const computing = this.computeAndKeep(db, key, before, compute).finally(() => this.pending.delete(flight));
    this.pending.set(flight, computing);
    return computing;
  }

  private async computeAndKeep<T>(db: Db, key: string, before: string, compute: () => Promise<T>): Promise<T> {
    const value = await compute();
    // Kept only when nothing committed while computing: then every statement saw `before`'s data.
    if ((await currentSnapshot(db)) === before) {
      this.entries.delete(key);
      this.entries.set(key, { snapshot: before, value });
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

async function currentSnapshot(db: Db): Promise<string> {
  const [row] = await db.execute<{ snapshot: string }>(sql`select pg_current_snapshot()::text as snapshot`);
  return row!.snapshot;
}
