// Sends the public traffic with autocannon and keeps, per route group, every response's status and
// latency, connection errors and timeouts (autocannon's own totals do not say which URL failed).
import autocannon from "autocannon";
import type { Target } from "./workload";

export interface GroupStats {
  requests: number;
  /** Answers outside 2xx and 3xx, by status. */
  bad: Map<number, number>;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  latencies: number[];
  /** A few failing URLs, to find the cause. */
  samples: string[];
}

export interface TrafficResult {
  groups: Map<string, GroupStats>;
  seconds: number;
  /** Requests answered or failed, over all groups. */
  total: number;
}

interface ClientInternals {
  requestIterator: { context: { current?: Target } };
}

/** Sends `amount` requests over `connections` connections, each one the next of `next()`. */
export async function sendTraffic(
  base: string,
  next: () => Target,
  options: { amount: number; connections: number; timeoutSeconds: number },
): Promise<TrafficResult> {
  const groups = new Map<string, GroupStats>();
  const stats = (target: Target | undefined): GroupStats => {
    const group = target?.group ?? "(unknown)";
    let entry = groups.get(group);
    if (!entry) groups.set(group, (entry = { requests: 0, bad: new Map(), errors: 0, latencies: [], samples: [] }));
    return entry;
  };
  const sample = (entry: GroupStats, target: Target | undefined, what: string) => {
    if (entry.samples.length < 5) entry.samples.push(`${what} ${target?.path ?? "?"}`);
  };
  const started = Date.now();
  // A line every half minute, so a long run shows how it goes (and whether to stop it).
  const progress = setInterval(() => {
    const done = [...groups.values()].reduce((sum, g) => sum + g.requests, 0);
    const failed = [...groups.values()].reduce(
      (sum, g) => sum + g.errors + [...g.bad.values()].reduce((a, b) => a + b, 0),
      0,
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `  … ${done.toLocaleString("en")} of ${options.amount.toLocaleString("en")} requests in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)} req/s), ${failed} failed`,
    );
  }, 30_000);
  await autocannon({
    url: base,
    connections: options.connections,
    amount: options.amount,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context: { current?: Target }) => {
          const target = next();
          context.current = target;
          return { ...request, path: target.path };
        },
      },
    ],
    setupClient: (client) => {
      const context = () => (client as unknown as ClientInternals).requestIterator.context.current;
      client.on("response", (status: number, _bytes: number, latency: number) => {
        const target = context();
        const entry = stats(target);
        entry.requests++;
        entry.latencies.push(latency);
        if (status >= 400 || status < 200) {
          entry.bad.set(status, (entry.bad.get(status) ?? 0) + 1);
          sample(entry, target, String(status));
        }
      });
      const failed = (kind: string) => () => {
        const target = context();
        const entry = stats(target);
        entry.requests++;
        entry.errors++;
        sample(entry, target, kind);
      };
      // Events the typings leave out: no answer within the timeout, a broken connection.
      const events = client as unknown as NodeJS.EventEmitter;
      events.on("timeout", failed("timeout"));
      events.on("connError", failed("connection error"));
    },
  });
  clearInterval(progress);
  const total = [...groups.values()].reduce((sum, g) => sum + g.requests, 0);
  return { groups, seconds: (Date.now() - started) / 1000, total };
}

/** The q-th percentile (0-100) of a list of milliseconds, nearest rank. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))]!;
}
