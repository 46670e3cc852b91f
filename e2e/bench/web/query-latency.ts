import { createDb } from "@gp/db";
import { parseSearchParams, runSearch } from "@gp/db/search";

/**
 * The query layer on its own: each search of the workload run through runSearch (with facets,
 * without the cache) one at a time, after one warm-up round. Shows what the SQL costs apart from
 * rendering and from 16 requests sharing two cores.
 */
export async function queryLatency(
  url: string,
  queries: string[],
): Promise<{ count: number; p50: number; p99: number; max: number }> {
  const db = createDb(url, { max: 2 });
  try {
    const search = (query: string) => runSearch(db, parseSearchParams(new URLSearchParams(query)), { facets: true });
    for (const query of queries) await search(query);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of queries) {
        const started = performance.now();
        await search(query);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
    return { count: times.length, p50: at(0.5), p99: at(0.99), max: Math.round(times[times.length - 1]!) };
  } finally {
    await db.$client.end();
  }
}
