// BENCH_SEARCHES=different: the floor, then the API and the search page with every request a
// different search, in English and in French; the web instance's memory; the first search after a restart.
import type { Database } from "@gp/db";
import { waitForHealth } from "@gp/db/testing/servers";
import { differentSearches, vocabulary } from "./different-searches";
import { format, measure, measureStream, type Measurement } from "./measure";
import { engineReady } from "./engine-ready";
import { servingRssMb } from "./process-memory";

export interface DifferentOptions {
  db: Database;
  base: string;
  port: number;
  connections: number;
  seconds: number;
  /** The web instance's process id (it changes with a restart). */
  pid: () => number;
  /** Stops the web instance and starts it again. */
  restart: () => Promise<void>;
}

export async function benchDifferentSearches(options: DifferentOptions): Promise<Array<[string, Measurement]>> {
  const { base, connections, seconds } = options;
  const next = differentSearches(await vocabulary(options.db), Number(process.env.BENCH_SEED ?? 7));
  const search = async () => {
    const started = Date.now();
    const response = await fetch(`${base}/api/practices?${next()}`);
    await response.arrayBuffer();
    return { ms: Date.now() - started, status: response.status };
  };
  const first = await search();
  console.log(`first search after start (health already 200): ${first.ms} ms, HTTP ${first.status}`);
  const ready = await engineReady(base, Date.now());
  if (ready !== null) console.log(`search index ready (X-Search-Engine: index) ${ready} ms after that`);

  const runs: Array<[string, Measurement]> = [];
  await measure(base, ["/favicon.svg"], { connections, seconds: 3 });
  runs.push(["static file (/favicon.svg), the floor", await measure(base, ["/favicon.svg"], { connections, seconds })]);
  const stream = async (name: string, prefix: string) => {
    const separator = prefix.includes("?") ? "&" : "?";
    // Warm-up (JIT, connection pool) with searches of its own: the measured run repeats none.
    await measureStream(base, () => `${prefix}${separator}${next()}`, { connections, seconds: 3 });
    const result = await measureStream(base, () => `${prefix}${separator}${next()}`, { connections, seconds });
    runs.push([name, result]);
    console.log(`${name}: ${format(result)}`);
    console.log(
      `resident memory of each web worker process after it: ${(await servingRssMb(options.pid())).join(", ")} MB`,
    );
  };
  await stream("API /api/practices, every request a different search", "/api/practices");
  await stream("search page /practices, every request a different search", "/practices");
  // The languages issue: the same budgets in French (translated practices by their translation, the others by their original).
  await stream("API /api/practices?lang=fr, every request a different search", "/api/practices?lang=fr");
  await stream("search page /fr/practices, every request a different search", "/fr/practices");

  const restarted = Date.now();
  await options.restart();
  await waitForHealth(options.port);
  const healthy = Date.now() - restarted;
  let answer = await search();
  while (answer.status !== 200) answer = await search();
  console.log(
    `restart: health 200 after ${healthy} ms; first search answered ${Date.now() - restarted} ms after the start (that request ${answer.ms} ms)`,
  );
  console.log(
    `resident memory of each web worker process after the restart and one search: ${(await servingRssMb(options.pid())).join(", ")} MB`,
  );
  const rebuilt = await engineReady(base, restarted);
  if (rebuilt !== null) console.log(`after the restart, the search index was ready ${rebuilt} ms after the start`);
  return runs;
}
