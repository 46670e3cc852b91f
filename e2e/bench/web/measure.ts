import os from "node:os";
import autocannon from "autocannon";

export interface Measurement {
  p50: number;
  p99: number;
  /** Mean requests per second. */
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Runs autocannon against the paths in turn (each connection cycles through them). */
export async function measure(
  base: string,
  paths: string[],
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Runs autocannon with a new path for every request, taken from `next` (no two requests alike). */
export async function measureStream(
  base: string,
  next: () => string,
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function format(m: Measurement): string {
  return `p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s (${m.requests} requests, ${m.non2xx} non-2xx, ${m.errors} errors)`;
}

/** The runs as one table, headed by the settings and the machine's load. */
export function printTable(runs: Array<[string, Measurement]>, what: string): void {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(`\nautocannon, ${what}, load average ${load}:`);
  console.table(
    Object.fromEntries(
      runs.map(([name, m]) => [
        name,
        {
          "p50 ms": m.p50,
          "p99 ms": m.p99,
          "req/s": m.rps,
          requests: m.requests,
          "non-2xx": m.non2xx,
          errors: m.errors,
        },
      ]),
    ),
  );
}
