import { z } from "zod";

/** The public site's settings (the database ones are read by @gp/db). */
export const webEnv = z
  .object({
    /**
     * "off" disables the snapshot cache of searches and totals (it never serves stale data, see
     * SnapshotCache in @gp/db/search); for measuring the queries themselves.
     */
    SEARCH_CACHE: z.enum(["on", "off"]).default("on"),
    /**
     * Longest a database statement of a request may run (ms): a public request that needs more is
     * cancelled and answers 503, so slow queries cannot pile up and hold every connection.
     */
    WEB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  })
  .parse(process.env);
