import { getDb } from "@gp/db/client";
import { pruneSearchChanges } from "@gp/db/search";

/** How often the admin app (the writing side) prunes the search's change feed. */
const PRUNE_EVERY_MS = 5 * 60_000;

/**
 * Keeps the search's change feed bounded (see pruneSearchChanges in @gp/db: a web instance whose
 * position was pruned rebuilds its index, so no instance is ever stale). Every admin instance runs
 * it; a lock lets one prune at a time. A failure (the database down) waits for the next round.
 */
export function startSearchFeedPruning(): void {
  const timer = setInterval(() => {
    pruneSearchChanges(getDb()).catch((error: unknown) =>
      console.error("[admin] The search change feed could not be pruned; trying again in 5 minutes.", error),
    );
  }, PRUNE_EVERY_MS);
  // The timer never keeps the process alive on its own.
  timer.unref();
}
