// npm run bench:load — the product under load, with everyone at work at once. A fresh throwaway
// PostgreSQL gets 100k synthetic practices (plus a first import); both apps are served from their
// production builds; then, at the same time:
//   - autocannon sends at least 20,000 requests over 32 connections, mixed over the public pages and
//     the API by realistic weights (workload.ts);
//   - an editor signed in to the admin app in Chromium opens practices and saves edits in a loop;
//   - the ingest command imports a listing of 15,000 records (the first 3,000 already imported).
// It prints p50/p99/req/s, errors and non-2xx/3xx answers per route group and overall, the editor's
// saves and the import's outcome and duration. Goal: no error, no answer outside 2xx/3xx, every
// save answered (saved, or a conflict shown to the editor), the import applied. Exit code 1 if not.
//
// Settings (environment): BENCH_PRACTICES (100000), BENCH_REQUESTS (20000), BENCH_CONNECTIONS (32),
// BENCH_IMPORT_RECORDS (15000), BENCH_IMPORT_DELAY seconds after the load starts (5),
// BENCH_POOL_SIZE (the apps' DATABASE_POOL_SIZE, default theirs), CHROMIUM_PATH.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, migrate } from "@gp/db";
import { startEmbedded } from "@gp/db/embedded";
import { createUser } from "@gp/db/users";
import { freePort, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { importFiles } from "@gp/ingest";
import { e2eEnv } from "../../src/env";
import { engineReady } from "../web/engine-ready";
import { fillSynthetic } from "../web/synthetic";
import { startEditor } from "./editor";
import { runIngest, writeListings } from "./import";
import { databaseFacts, editorTargets, slugsFor } from "./data";
import { printReport } from "./report";
import { sendTraffic } from "./traffic";
import { rotation } from "./workload";

const settings = {
  practices: Number(process.env.BENCH_PRACTICES ?? 100_000),
  requests: Number(process.env.BENCH_REQUESTS ?? 20_000),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  importRecords: Number(process.env.BENCH_IMPORT_RECORDS ?? 15_000),
  importDelay: Number(process.env.BENCH_IMPORT_DELAY ?? 5),
  poolSize: process.env.BENCH_POOL_SIZE,
};
const editor = { email: "editor@load.test", password: "load bench editor password", name: "Load Editor" };

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
/** Stops what was started, last first; once, even when Ctrl-C and a failing run both ask for it. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of [...cleanups].reverse()) await step().catch((error: unknown) => console.error(error));
  })();
  return cleaning;
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));

async function main(): Promise<boolean> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "gp-bench-load-"));
  await chmod(dir, 0o755); // As root, the server runs as "postgres", which must enter it.
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const server = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort(), ephemeral: true });
  cleanups.push(() => server.stop());
  const url = server.url;

  // Migrate on a pool of its own: postgres.js learns the enum array types when a connection opens.
  const migrator = createDb(url, { max: 2 });
  await migrate(migrator);
  await migrator.$client.end();
  const db = createDb(url, { max: 2 });
  cleanups.push(() => db.$client.end());

  let started = Date.now();
  console.log(`Filling a fresh database with ${settings.practices.toLocaleString("en")} synthetic practices…`);
  await fillSynthetic(db, { practices: settings.practices });
  const listings = await writeListings(dir, Math.round(settings.importRecords / 5), settings.importRecords);
  const early = await importFiles(db, [listings.early], { actor: "bench-load" });
  await createUser(db, { ...editor, role: "editor" });
  console.log(
    `Filled in ${((Date.now() - started) / 1000).toFixed(0)} s, then imported ${early.added} practices from a first listing.`,
  );

  const [webPort, adminPort] = [await freePort(), await freePort()];
  const secret = randomBytes(32).toString("base64url");
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const base = `http://127.0.0.1:${webPort}`;
  const common = { DATABASE_URL: url, ...(settings.poolSize ? { DATABASE_POOL_SIZE: settings.poolSize } : {}) };
  const web = serveApp({ app: "web", port: webPort, mode: "start", env: { ...common, PUBLIC_SITE_URL: base } });
  cleanups.push(() => stopChild(web));
  const admin = serveApp({
    app: "admin",
    port: adminPort,
    mode: "start",
    env: { ...common, AUTH_SECRET: secret, NEXTAUTH_URL: adminUrl, PUBLIC_SITE_URL: base },
  });
  cleanups.push(() => stopChild(admin));
  await Promise.all([waitForHealth(webPort), waitForHealth(adminPort)]);
  // Load on a site whose workers are still building their indexes measures the SQL path that answers
  // meanwhile (as after a deploy, before a load balancer sends traffic): wait for every worker's.
  const ready = await engineReady(base, Date.now());
  if (ready !== null)
    console.log(`Every web worker's search index was ready ${(ready / 1000).toFixed(1)} s after health.`);

  const slugs = await slugsFor(db);
  // Warm-up, not counted: every route group a few times (JIT, connection pools, the first renders).
  await sendTraffic(base, rotation(slugs, 99), { amount: 600, connections: 8, timeoutSeconds: 30 });

  const editing = await startEditor({
    adminUrl,
    ...editor,
    practiceIds: await editorTargets(db),
    chromiumPath: e2eEnv.CHROMIUM_PATH,
  });
  const origin = Date.now();
  const importing = new Promise<Awaited<ReturnType<typeof runIngest>>>((resolve) => {
    setTimeout(() => void runIngest(url, listings.main, origin).then(resolve), settings.importDelay * 1000);
  });
  started = Date.now();
  const traffic = await sendTraffic(base, rotation(slugs), {
    amount: settings.requests,
    connections: settings.connections,
    timeoutSeconds: 10,
  });
  const saves = await editing.stop();
  const imported = await importing;
  const facts = await databaseFacts(db, editor.email);

  return printReport({ traffic, saves, imported, facts, settings, loadSeconds: (Date.now() - started) / 1000 });
}

main()
  .then(async (ok) => {
    await cleanup();
    // Explicitly: with Playwright loaded, a run that missed the goal still ended with exit code 0.
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
