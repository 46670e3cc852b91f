import postgres from "postgres";
import { env } from "./env";

export interface ProbeOptions {
  /** How long a verdict stands before the next request asks again. */
  intervalMs?: number;
  /** A check that takes longer than this counts as "not answering". */
  timeoutMs?: number;
}

/**
 * Whether the database answers, asked at most once per interval, so a proxy can consult it before
 * every request: while the database answers, a request never waits for the probe (a stale verdict
 * is refreshed in the background); while it does not, the request that finds the verdict stale
 * waits for the next check, so the app comes back at the first request after the database does.
 */
export class AvailabilityProbe {
  private verdict = true;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly check: () => Promise<unknown>,
    private readonly options: Required<ProbeOptions> = { intervalMs: 1000, timeoutMs: 5000 },
    private readonly dispose: () => Promise<void> = async () => {},
    /** The clock the interval is measured on (tests move their own). */
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the database answered its last check (or no check has run yet). */
  async available(): Promise<boolean> {
    if (this.now() - this.checkedAt < this.options.intervalMs) return this.verdict;
    const refresh = (this.pending ??= this.refresh().finally(() => (this.pending = null)));
    return this.verdict ? true : refresh;
  }

  /** Checks now (whatever the interval) and returns the new verdict. */
  async refresh(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("The database did not answer in time.")), this.options.timeoutMs);
    });
    try {
      await Promise.race([this.check(), timeout]);
      this.verdict = true;
    } catch {
      this.verdict = false;
    } finally {
      clearTimeout(timer);
      this.checkedAt = this.now();
    }
    return this.verdict;
  }

  /** Closes the probe's connection, if it has one. */
  close(): Promise<void> {
    return this.dispose();
  }
}

/** A probe that runs `select 1` on its own connection, so a busy pool's queue never delays it. */
export function createDatabaseProbe(
  url: string,
  options: Required<ProbeOptions> = { intervalMs: 1000, timeoutMs: 5000 },
): AvailabilityProbe {
  let client: postgres.Sql | null = null;
  return new AvailabilityProbe(
    async () => {
      client ??= postgres(url, {
        max: 1,
        connect_timeout: 5,
        idle_timeout: 60,
        onnotice: () => {},
        connection: { application_name: "gp-probe" },
      });
      const current = client;
      try {
        await current`select 1`;
      } catch (error) {
        // Start the next check on a fresh connection rather than behind a query that may still hang.
        client = null;
        void current.end({ timeout: 0 });
        throw error;
      }
    },
    options,
    async () => {
      await client?.end({ timeout: 0 });
      client = null;
    },
  );
}

const globalForProbes = globalThis as unknown as { gpProbes?: Partial<Record<"primary" | "read", AvailabilityProbe>> };

/**
 * The probe of the database an app depends on: "primary" (DATABASE_URL) or "read" (DATABASE_READ_URL,
 * else DATABASE_URL). One per process, shared across hot reloads.
 */
export function databaseProbe(target: "primary" | "read"): AvailabilityProbe {
  const probes = (globalForProbes.gpProbes ??= {});
  const url = target === "read" ? (env.DATABASE_READ_URL ?? env.DATABASE_URL) : env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the apps with `npm start`.");
  return (probes[target] ??= createDatabaseProbe(url));
}

export { ping } from "./queries/health";
