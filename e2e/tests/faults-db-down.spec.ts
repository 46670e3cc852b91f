import type { ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, migrate } from "@gp/db";
import { type EmbeddedServer, startEmbedded } from "@gp/db/embedded";
import { freePort, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { importFiles, sampleListing } from "@gp/ingest";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminAppEnv, createE2eUsers } from "../src/admin-users";

// PostgreSQL stopped while both apps run: every page answers 503 with a calm message and
// Retry-After, the API 503 JSON, nothing crashes; PostgreSQL started again on the same port and
// data directory, the apps serve again by themselves, with fresh data. Runs on a PostgreSQL and
// app instances of its own, so the other specs' servers are not disturbed.

test.describe.configure({ mode: "serial", timeout: 300_000 });

let dir: string;
let pgPort: number;
let server: EmbeddedServer | null = null;
let databaseUrl: string;
const apps: ChildProcess[] = [];
let web: string;
let admin: string;
let anonymous: APIRequestContext;
let editor: APIRequestContext;
let practiceSlug: string;

const startPostgres = async () => {
  server = await startEmbedded({
    dataDir: path.join(dir, "data"),
    port: pgPort,
    ephemeral: true,
    log: (m) => console.log("PG", m),
  });
  databaseUrl = server.url;
};

/** Runs statements on the throwaway database, on a pool of its own. */
async function onDatabase<T>(run: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  // Two connections: migrate() holds its lock on one and migrates on another (one would deadlock).
  const db = createDb(databaseUrl, { max: 2 });
  try {
    return await run(db);
  } finally {
    await db.$client.end();
  }
}

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(300_000); // It builds a database and starts two servers, on a shared machine.
  dir = await mkdtemp(path.join(os.tmpdir(), "gp-faults-"));
  await chmod(dir, 0o755); // As root, the server runs as "postgres", which must enter it.
  pgPort = await freePort();
  await startPostgres();
  await onDatabase(async (db) => {
    await migrate(db);
    await importFiles(db, [sampleListing], { actor: "e2e" });
    await createE2eUsers(db);
    const [row] = await db.execute<{ slug: string }>(
      sql`select slug from practices where status = 'published' order by id limit 1`,
    );
    practiceSlug = row!.slug;
  });
  const [webPort, adminPort] = [await freePort(), await freePort()];
  web = `http://localhost:${webPort}`;
  admin = `http://localhost:${adminPort}`;
  apps.push(
    serveApp({ app: "web", port: webPort, mode: "start", env: { DATABASE_URL: databaseUrl }, output: "ignore" }),
  );
  apps.push(
    serveApp({
      app: "admin",
      port: adminPort,
      mode: "start",
      env: { DATABASE_URL: databaseUrl, ...adminAppEnv(), NEXTAUTH_URL: admin },
      output: "ignore",
    }),
  );
  await Promise.all([waitForHealth(webPort), waitForHealth(adminPort)]);

  anonymous = await playwrightRequest.newContext({ storageState: { cookies: [], origins: [] } });
  // The editor signs in while all is well, and keeps the session through the outage.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`${admin}/sign-in`);
  await page.getByLabel("Email").fill(e2eEditor.email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  editor = await playwrightRequest.newContext({ baseURL: admin, storageState: await context.storageState() });
  await context.close();
});

test.afterAll(async () => {
  await Promise.all([anonymous?.dispose(), editor?.dispose()]);
  await Promise.all(apps.map((child) => stopChild(child)));
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const page = (request: APIRequestContext, url: string) =>
  request.get(url, { headers: { accept: "text/html" }, maxRedirects: 0 });

/** The statuses of four GETs of a page in a row, each on a connection of its own. */
async function statusesOnNewConnections(request: APIRequestContext, url: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++)
    statuses.push(
      (await request.get(url, { headers: { accept: "text/html", connection: "close" }, maxRedirects: 0 })).status(),
    );
  return statuses;
}

test("with PostgreSQL stopped, pages answer 503 with a calm message, the API 503 JSON, and the apps keep running", async ({
  browser,
}) => {
  expect((await page(anonymous, `${web}/practices`)).status()).toBe(200);
  expect((await page(editor, `${admin}/`)).status()).toBe(200);

  await server!.stop();
  server = null;

  // The proxies ask the database at most once a second: poll (no deadline but a generous one) until they have
  // noticed, in each of the public site's worker processes (a new connection goes to the next one).
  await expect
    .poll(() => statusesOnNewConnections(anonymous, `${web}/practices`), { timeout: 60_000 })
    .toEqual([503, 503, 503, 503]);
  await expect.poll(async () => (await page(editor, `${admin}/practices`)).status(), { timeout: 60_000 }).toBe(503);

  const pages: Array<[APIRequestContext, string]> = [
    [anonymous, `${web}/`],
    [anonymous, `${web}/practices?q=pension`],
    [anonymous, `${web}/practices/${practiceSlug}`],
    [anonymous, `${web}/topics`],
    [editor, `${admin}/`],
    [editor, `${admin}/practices`],
    [anonymous, `${admin}/sign-in`],
  ];
  for (const [request, url] of pages) {
    const response = await page(request, url);
    expect(response.status(), url).toBe(503);
    expect(response.headers()["retry-after"], url).toBe("30");
    expect(response.headers()["content-type"], url).toContain("text/html");
    expect(response.headers()["content-security-policy"], url).toContain("script-src 'self' 'nonce-");
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    const html = await response.text();
    expect(html, url).toContain("<h1>Temporarily unavailable</h1>");
    expect(html, url).toContain("Nothing has been lost.");
  }

  const apis: Array<[APIRequestContext, string, string]> = [
    [anonymous, `${web}/api/practices?q=pension`, "GET"],
    [anonymous, `${web}/download/practices.csv`, "GET"],
    [editor, `${admin}/api/audit/export`, "GET"],
    [editor, `${admin}/api/imports`, "POST"],
  ];
  for (const [request, url, method] of apis) {
    const response = await request.fetch(url, { method, headers: { origin: new URL(url).origin }, maxRedirects: 0 });
    expect(response.status(), url).toBe(503);
    expect(response.headers()["retry-after"], url).toBe("30");
    expect(await response.json(), url).toEqual({
      error: "The database is not answering. Nothing has been lost; try again in a minute.",
    });
  }
  for (const base of [web, admin]) {
    const health = await anonymous.get(`${base}/api/health`);
    expect(health.status(), base).toBe(503);
    expect(await health.json(), base).toEqual({ ok: false, error: "The database is not answering." });
  }

  // What a visitor sees, on a phone and on a desktop.
  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["mobile", { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const visitor = await context.newPage();
    const response = await visitor.goto(`${web}/practices?q=pension`);
    expect(response?.status()).toBe(503);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Temporarily unavailable");
    await expect(visitor.getByRole("link", { name: "Try again" })).toHaveAttribute("href", "/practices?q=pension");
    await visitor.screenshot({ path: `test-results/faults-db-down-${name}.png` });
    await context.close();
  }

  // Nothing crashed: both servers are still running.
  for (const child of apps) expect(child.exitCode).toBeNull();
});

test("with PostgreSQL back on the same port and data, the apps serve again without a restart, with fresh data", async () => {
  await startPostgres();

  await expect
    .poll(() => statusesOnNewConnections(anonymous, `${web}/practices?q=pension`), { timeout: 60_000 })
    .toEqual([200, 200, 200, 200]);
  await expect.poll(async () => (await page(editor, `${admin}/practices`)).status(), { timeout: 60_000 }).toBe(200);
  expect(await (await page(editor, `${admin}/`)).text()).toContain("Dashboard");
  for (const base of [web, admin]) expect((await anonymous.get(`${base}/api/health`)).status(), base).toBe(200);
  const api = await anonymous.get(`${web}/api/practices?q=pension`);
  expect(api.status()).toBe(200);
  const total = ((await api.json()) as { total: number }).total;
  expect(total).toBeGreaterThan(0);

  // No module kept a stale or broken state (the search cache, the pools): a change made now shows at once.
  const title = "A title written after the outage";
  await onDatabase((db) => db.execute(sql`update practices set title = ${title} where slug = ${practiceSlug}`));
  expect(await (await page(anonymous, `${web}/practices/${practiceSlug}`)).text()).toContain(title);
  const search = await anonymous.get(`${web}/api/practices?q=${encodeURIComponent('"written after the outage"')}`);
  expect(((await search.json()) as { total: number }).total).toBe(1);
  for (const child of apps) expect(child.exitCode).toBeNull();
});
