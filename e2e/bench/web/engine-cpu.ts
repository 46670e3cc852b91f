// The in-process search engine's CPU per search, without HTTP or rendering: builds the index from
// an existing database of practices (BENCH_DATABASE_URL, read only: nothing is written), then runs
// 1,500 different searches with facets from the web benchmark's seeded generator (the first 300 warm
// up) and prints the CPU milliseconds per search (process.cpuUsage, which a loaded machine disturbs
// less than wall time), the wall-time p50/p90/p99, the slowest searches, and the engine's heap after
// the build and after the searches (after a collection when run with --expose-gc, as
// `npm run bench:engine` does). Settings: BENCH_SEED (7), BENCH_ENGINE_SEARCHES (1200).
import { createDb } from "@gp/db";
import { parseSearchParams, runSearch, SearchEngine } from "@gp/db/search";
import { differentSearches, vocabulary } from "./different-searches";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL to a database with practices (for example one `npm run bench:web` filled).");
  process.exit(1);
}
const seed = Number(process.env.BENCH_SEED ?? 7);
const measured = Number(process.env.BENCH_ENGINE_SEARCHES ?? 1200);
const WARM_UP = 300;

const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20);
/** The heap in use after a full collection (when --expose-gc gives one), and the resident size. */
function memory(): string {
  global.gc?.();
  const { heapUsed, external, rss } = process.memoryUsage();
  return `heap ${megabytes(heapUsed)} MB, external ${megabytes(external)} MB, rss ${megabytes(rss)} MB`;
}

const db = createDb(url, { max: 2 });
try {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const engine = await SearchEngine.build(db);
  const buildCpu = process.cpuUsage(cpuBefore);
  console.log(
    `build: ${Math.round(performance.now() - started)} ms, ${Math.round((buildCpu.user + buildCpu.system) / 1000)} ms of CPU`,
  );
  console.log(`after the build: ${memory()}`);

  const next = differentSearches(await vocabulary(db), seed);
  const queries = Array.from({ length: WARM_UP + measured }, () => next());
  const search = (query: string) =>
    runSearch(db, parseSearchParams(new URLSearchParams(query)), { facets: true, engine, correct: false });
  for (const query of queries.slice(0, WARM_UP)) await search(query);

  const times: Array<[number, string]> = [];
  const cpu = process.cpuUsage();
  for (const query of queries.slice(WARM_UP)) {
    const t = performance.now();
    await search(query);
    times.push([performance.now() - t, query]);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a[0] - b[0]);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]![0].toFixed(2);
  console.log(
    `${times.length} different searches with facets: ${((used.user + used.system) / 1000 / times.length).toFixed(2)} ms of CPU per search;` +
      ` wall p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
  );
  console.log(`after the searches: ${memory()}`);
  console.log("slowest (wall ms, query):");
  for (const [ms, query] of times.slice(-8)) console.log(`  ${ms.toFixed(1)} ${query}`);
} finally {
  await db.$client.end();
}
