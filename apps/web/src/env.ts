import { z } from "zod";

/** The public site's settings (the database ones are read by @gp/db). */
export const webEnv = z
  .object({
    /**
     * "off" disables the snapshot cache of searches and totals (it never serves stale data, see
     * SnapshotCache in @gp/db/search); for measuring the queries themselves.
     */
    SEARCH_CACHE: z.enum(["on", "off"]).default("on"),
  })
  .parse(process.env);
