import { createDb } from "@gp/db";
import { parseSearchParams, runSearch, SearchEngine } from "@gp/db/search";

/**
 * The in-process engine on its own: its build time and heap, then searches (with facets) one at a
 * time, after a warm-up round. Shows what a search costs apart from HTTP and rendering.
 */
export async function engineLatency(
  url: string,
  queries: string[],
): Promise<{ buildMs: number; heapMb: number; count: number; p50: number; p99: number; max: number }> {
  const db = createDb(url, { max: 2 });
  try {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const engine = await SearchEngine.build(db);
    const buildMs = Math.round(performance.now() - started);
    global.gc?.();
    const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    const search = (query: string) =>
      runSearch(db, parseSearchParams(new URLSearchParams(query)), { facets: true, engine, correct: false });
    for (const query of queries.slice(0, 200)) await search(query);
    const times: number[] = [];
    for (const query of queries) {
      const t = performance.now();
      await search(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1));
    return { buildMs, heapMb, count: times.length, p50: at(0.5), p99: at(0.99), max: at(1) };
  } finally {
    await db.$client.end();
  }
}
