import { SnapshotCache } from "@gp/db/search";
import { webEnv } from "@/env";
import { readDb } from "./db";

/** Searches and totals computed under the database's current snapshot; never stale (see SnapshotCache). */
export const publicCache = webEnv.SEARCH_CACHE === "on" ? new SnapshotCache(500) : undefined;

/**
 * `compute()`, or its value from the cache when the data cannot have changed since; `snapshot`, one
 * the request already read (SearchOutcome.snapshot), saves reading it again.
 */
export function cached<T>(key: string, compute: () => Promise<T>, snapshot?: string): Promise<T> {
  return publicCache ? publicCache.get(readDb(), key, compute, snapshot) : compute();
}
