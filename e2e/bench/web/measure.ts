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
