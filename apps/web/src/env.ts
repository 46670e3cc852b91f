import { availableParallelism } from "node:os";
import { z } from "zod";

/** The public site's settings (the database ones are read by @gp/db). */
export const webEnv = z
  .object({
    /** The port the production server (server.ts) listens on. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /**
     * How many processes serve the site (server.ts): one Node.js process uses one core, so one per
     * core; each holds its own search index (about 0.8 GB at 100k practices).
     */
    WEB_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
    /**
     * How far V8 lets each serving process's heap grow past what its last full collection kept
     * before collecting again (`--heap-growing-percent`; 0 leaves V8's own choice). V8 picks up to 4×
     * on a machine with this much memory: a worker keeping ~300 MB (the index, Next.js) reached
     * 1.1 GB resident at 100k. 50 holds it near 0.8 GB for a few % more CPU (apps/web/README.md).
     */
    WEB_HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(50),
    /**
     * "off" disables the snapshot cache of searches and totals (it never serves stale data, see
     * SnapshotCache in @gp/db/search); for measuring the queries themselves.
     */
    SEARCH_CACHE: z.enum(["on", "off"]).default("on"),
    /**
     * "off" answers every search from SQL instead of the in-process search index (@gp/db/search):
     * the same results; for comparing the two designs (`npm run bench:web`).
     */
    SEARCH_INDEX: z.enum(["on", "off"]).default("on"),
    /**
     * Longest a database statement of a request may run (ms): a public request that needs more is
     * cancelled and answers 503, so slow queries cannot pile up and hold every connection.
     */
    WEB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    /**
     * The data's licence, shown in the API document, the downloads' headers and the footer. Until
     * the publisher decides, it says so. Printable ASCII only: it travels in an HTTP header.
     */
    DATA_LICENSE_NAME: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[\x20-\x7e]+$/, "DATA_LICENSE_NAME must be printable ASCII (it is sent in an HTTP header).")
      .default("not yet stated"),
    /** The licence's text, e.g. https://creativecommons.org/licenses/by/4.0/ (optional). */
    DATA_LICENSE_URL: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * The site's public address (scheme, host and port, e.g. https://gp.example.org), for the
     * absolute links it writes: API answers and their redirects, feed, sitemap, robots.txt,
     * downloads, JSON-LD. Configured, never taken from the request's Host or X-Forwarded-Host,
     * which a client or a misconfigured proxy can set to anything (and a shared cache would keep).
     * `npm start` and the end-to-end tests pass it; `next start` alone serves on PORT (3000).
     */
    PUBLIC_SITE_URL: z
      .url({ protocol: /^https?$/, error: "PUBLIC_SITE_URL must be an http(s) address, e.g. https://gp.example.org." })
      .default(`http://localhost:${process.env.PORT ?? 3000}`)
      .transform((value) => new URL(value).origin),
  })
  .parse(process.env);
