// npm run bench:web — fills a fresh database with 100k synthetic practices, serves the production
// build of apps/web against it, measures with autocannon (16 connections) the search page, the API
// with facets and a static file of the same server, then runs Lighthouse on /practices. Prints figures.
//
// npm run bench:lighthouse — the same stack with the sample ISSA listing, Lighthouse only.
//
// Settings (environment): BENCH_PRACTICES (100000), BENCH_DATA=seed to load the sample listing
// instead, BENCH_SECONDS per run (20), BENCH_CONNECTIONS (16), BENCH_DATABASE_URL (a database to use
// instead of a fresh embedded one; filled only if it has no practices), BENCH_ONLY=lighthouse or
// BENCH_LIGHTHOUSE=0, BENCH_LIGHTHOUSE_DIR (a folder for each Lighthouse run's report and trace),
// BENCH_LIGHTHOUSE_PATH (the page Lighthouse opens, /practices; e.g. /fr/practices),
// CHROME_PATH (/usr/bin/chromium), BENCH_SEARCHES=different (every request a
// different search, see different-searches.ts; prints the web instance's memory and the time to the
// first search after a restart too), BENCH_SEED (that mode's PRNG seed, 7).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, migrate } from "@gp/db";
import { importFiles, sampleListing } from "@gp/ingest";
import { startEmbedded } from "@gp/db/embedded";
import { freePort, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { sql } from "drizzle-orm";
import { lighthouseSummary, runLighthouse } from "./lighthouse";
import { format, measure, printTable, type Measurement } from "./measure";
import { benchDifferentSearches } from "./different-run";
import { fillSynthetic } from "./synthetic";
import { apiPaths, combos, searchPaths } from "./workload";
import { queryLatency } from "./query-latency";

const practices = Number(process.env.BENCH_PRACTICES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const lighthousePath = process.env.BENCH_LIGHTHOUSE_PATH ?? "/practices";

const cleanups: Array<() => Promise<void>> = [];
async function cleanup() {
  for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error(error));
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

async function main() {
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "gp-bench-pg-"));
    await chmod(dir, 0o755);
    const server = await startEmbedded({ dataDir: path.join(dir, "data"), port: await freePort(), ephemeral: true });
    cleanups.push(async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    });
    url = server.url;
  }
  // Migrate on a pool of its own: postgres.js learns the array types (award_distinction[]) when a
  // connection opens, so the pool that fills must connect after the migration created them.
  const migrator = createDb(url, { max: 2 });
  await migrate(migrator);
  await migrator.$client.end();
  const db = createDb(url, { max: 2 });
  cleanups.push(() => db.$client.end());
  const [{ n } = { n: 0 }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from practices`);
  if (n === 0 && process.env.BENCH_DATA === "seed") {
    await importFiles(db, [sampleListing], { actor: "bench" });
    console.log("Loaded the sample ISSA listing.");
  } else if (n === 0) {
    console.log(`Filling the database with ${practices.toLocaleString("en")} synthetic practices…`);
    const started = Date.now();
    await fillSynthetic(db, { practices, log: () => process.stdout.write(".") });
    console.log(`\nFilled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    console.log(`Using the ${n.toLocaleString("en")} practices already in the database.`);
  }
  const [stats] = await db.execute<{ published: number; institutions: number; countries: number; topics: number }>(sql`
    select (select count(*)::int from practices where status = 'published') as published,
      (select count(*)::int from institutions) as institutions,
      (select count(distinct country_id)::int from institutions) as countries,
      (select count(*)::int from topics) as topics`);
  console.log(`Data: ${JSON.stringify(stats)}`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: url, PUBLIC_SITE_URL: base };
  let app = serveApp({ app: "web", port, mode: "start", env, output: "ignore" });
  cleanups.push(() => stopChild(app));
  await waitForHealth(port);
  if (process.env.BENCH_SEARCHES === "different") {
    const restart = async () => {
      await stopChild(app);
      app = serveApp({ app: "web", port, mode: "start", env, output: "ignore" });
    };
    const runs = await benchDifferentSearches({ db, base, connections, seconds, pid: () => app.pid!, restart, port });
    printTable(runs, `${stats?.published.toLocaleString("en")} published practices, different searches`);
    return;
  }
  const topicSlugs = (await db.execute<{ slug: string }>(sql`select slug from topics order by id`)).map((r) => r.slug);
  const countrySlugs = (
    await db.execute<{ slug: string }>(sql`
      select c.slug from countries c join institutions i on i.country_id = c.id group by c.slug order by count(*) desc limit 12`)
  ).map((r) => r.slug);

  const runs: Array<[string, Measurement]> = [];
  const run = async (name: string, paths: string[]) => {
    // Warm-up, not counted: each path once (with the cache on, the measured run then finds every
    // search computed under the current snapshot; with SEARCH_CACHE=off it only warms buffers),
    // then a few seconds of load (JIT, connection pool).
    for (const path of paths) await fetch(`${base}${path}`).then((response) => response.arrayBuffer());
    await measure(base, paths, { connections, seconds: 3 });
    const result = await measure(base, paths, { connections, seconds });
    runs.push([name, result]);
    console.log(`${name}: ${format(result)}`);
  };
  if (process.env.BENCH_ONLY === "lighthouse") {
    console.log(lighthouseSummary(lighthousePath, await runLighthouse(`${base}${lighthousePath}`)));
    return;
  }
  const sqlOnly = await queryLatency(url, combos(topicSlugs, countrySlugs));
  console.log(
    `query layer alone (runSearch with facets, uncached, one at a time, ${sqlOnly.count} searches): p50 ${sqlOnly.p50} ms, p99 ${sqlOnly.p99} ms, max ${sqlOnly.max} ms`,
  );
  await run("static file (/favicon.svg), the floor", ["/favicon.svg"]);
  await run("search page /practices?q=…&filters", searchPaths(topicSlugs, countrySlugs));
  await run("API /api/practices?q=…&filters (with facets)", apiPaths(topicSlugs, countrySlugs));

  printTable(
    runs,
    `${stats?.published.toLocaleString("en")} published practices, search cache ${process.env.SEARCH_CACHE ?? "on"}`,
  );

  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    console.log(lighthouseSummary(lighthousePath, await runLighthouse(`${base}${lighthousePath}`)));
  }
}

main()
  .then(cleanup)
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
