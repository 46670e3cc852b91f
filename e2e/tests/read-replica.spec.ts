import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createDb, type Database, migrate } from "@gp/db";
import { createUser } from "@gp/db/users";
import { derivedTitle } from "@gp/db/text";
import { freePort, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { cloneDatabase, createDatabase, databaseUrl, dropDatabase, randomName } from "@gp/db/testing/databases";
import { importFiles, sampleListing } from "@gp/ingest";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";

// DATABASE_READ_URL: the public site reads from it (a replica), the admin app and every write use
// DATABASE_URL. Two databases on the test server stand in for a primary and its replica: the
// replica is a copy of the primary, then one practice's title is changed in the replica only, so
// every page shows which database it read. The apps here are instances of their own, on free ports.

const replicaTitle = "Replica-only title of a practice";
const editor = { email: "replica-editor@e2e.test", password: "replica editor password" };

let server: string;
let primaryName: string;
let replicaName: string;
let primary: Database;
let practice: { id: number; slug: string; summary: string };
const apps: ChildProcess[] = [];

async function serve(app: "web" | "admin", env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const secret = randomBytes(32).toString("base64url");
  const extra: Record<string, string> =
    app === "admin" ? { AUTH_SECRET: secret, NEXTAUTH_URL: `http://localhost:${port}` } : {};
  apps.push(serveApp({ app, port, mode: "start", env: { ...env, ...extra }, output: "ignore" }));
  return `http://localhost:${port}`;
}

test.describe("a read replica", () => {
  test.setTimeout(180_000); // Each test starts production servers; the machine is shared.

  test.beforeAll(async () => {
    server = process.env.E2E_DATABASE_URL!;
    primaryName = randomName("gp_primary");
    replicaName = randomName("gp_replica");
    await createDatabase(server, primaryName);
    const setup = createDb(databaseUrl(server, primaryName), { max: 2 });
    await migrate(setup);
    await importFiles(setup, [sampleListing], { actor: "e2e" });
    await setup.$client.end();
    // A copy of the primary as it is now, as a replica would be.
    await cloneDatabase(server, primaryName, replicaName);

    primary = createDb(databaseUrl(server, primaryName), { max: 2 });
    const [row] = await primary.execute<{ id: number; slug: string; summary: string }>(sql`
      select id, slug, summary from practices where status = 'published' and title is null order by id limit 1`);
    practice = row!;
    const replica = createDb(databaseUrl(server, replicaName), { max: 1 });
    await replica.execute(sql`update practices set title = ${replicaTitle} where id = ${practice.id}`);
    await replica.$client.end();
    // Only the primary has this account: signing in to the admin app proves where it reads.
    await createUser(primary, { ...editor, role: "editor" });
  });

  // Each test's app instances stop with it: this machine has two cores.
  test.afterEach(async () => {
    await Promise.all(apps.splice(0).map((child) => stopChild(child)));
  });

  test.afterAll(async () => {
    await primary?.$client.end();
    for (const name of [primaryName, replicaName]) if (name) await dropDatabase(server, name);
  });

  test("the public site reads every page, search, API answer and download from DATABASE_READ_URL", async ({
    page,
    request,
  }) => {
    const web = await serve("web", {
      DATABASE_URL: databaseUrl(server, primaryName),
      DATABASE_READ_URL: databaseUrl(server, replicaName),
    });
    await waitForHealth(Number(new URL(web).port));

    await page.goto(`${web}/practices/${practice.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(replicaTitle);
    await page.goto(`${web}/practices?q=${encodeURIComponent(`"${replicaTitle}"`)}`);
    await expect(page.locator("#results-heading")).toHaveText(/^1 practice for /);
    await expect(page.locator(".gp-result").getByRole("heading")).toHaveText(replicaTitle);

    const item = (await (await request.get(`${web}/api/practices/${practice.slug}`)).json()) as { title: string };
    expect(item.title).toBe(replicaTitle);
    const search = (await (await request.get(`${web}/api/practices?q=replica-only`)).json()) as {
      items: Array<{ slug: string; title: string }>;
    };
    expect(search.items.map((r) => [r.slug, r.title])).toEqual([[practice.slug, replicaTitle]]);
    const csv = parse(await (await request.get(`${web}/download/practices.csv?q=replica-only`)).body(), {
      columns: true,
      bom: true,
    }) as Array<Record<string, string>>;
    expect(csv.map((r) => r.title)).toEqual([replicaTitle]);
    // The feed holds the 50 newest practices: this older one shows in the feed of a search for it.
    expect(await (await request.get(`${web}/feed.xml?q=replica-only`)).text()).toContain(
      `<title>${replicaTitle}</title>`,
    );

    // The primary never had that title.
    const [row] = await primary.execute<{ title: string | null }>(
      sql`select title from practices where id = ${practice.id}`,
    );
    expect(row!.title).toBeNull();
  });

  test("the public site needs only its replica: health and pages work with the primary unreachable", async ({
    request,
  }) => {
    // Nothing listens on this port: the primary is down.
    const nowhere = `postgres://postgres:none@127.0.0.1:${await freePort()}/${primaryName}`;
    const web = await serve("web", { DATABASE_URL: nowhere, DATABASE_READ_URL: databaseUrl(server, replicaName) });
    await waitForHealth(Number(new URL(web).port));
    expect(await (await request.get(`${web}/api/health`)).json()).toEqual({ ok: true });
    const response = await request.get(`${web}/practices/${practice.slug}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(replicaTitle);
  });

  test("the public site's health check fails when its replica does not answer", async ({ request }) => {
    const missing = databaseUrl(server, randomName("gp_no_such_replica"));
    const web = await serve("web", { DATABASE_URL: databaseUrl(server, primaryName), DATABASE_READ_URL: missing });
    // The server is up once it answers at all; its health says the database it reads is not there.
    await expect
      .poll(async () => (await request.get(`${web}/api/health`).catch(() => null))?.status(), { timeout: 120_000 })
      .toBe(503);
    // Its pages and API say so too, instead of failing, once its proxy has asked the replica
    // (it asks at most once a second, and does not hold up the first request to do so).
    const page = () => request.get(`${web}/practices`, { headers: { accept: "text/html" } });
    await expect.poll(async () => (await page()).status(), { timeout: 60_000 }).toBe(503);
    expect(await (await page()).text()).toContain("Temporarily unavailable");
    const api = await request.get(`${web}/api/practices`);
    expect(api.status()).toBe(503);
    expect(await api.json()).toEqual({
      error: "The database is not answering. Nothing has been lost; try again in a minute.",
    });
  });

  test("the admin app reads and writes only DATABASE_URL, and the public site keeps reading its replica", async ({
    page,
  }) => {
    const env = { DATABASE_URL: databaseUrl(server, primaryName), DATABASE_READ_URL: databaseUrl(server, replicaName) };
    const admin = await serve("admin", env);
    const web = await serve("web", env);
    await Promise.all([waitForHealth(Number(new URL(admin).port)), waitForHealth(Number(new URL(web).port))]);

    // The account exists only in the primary.
    await page.goto(`${admin}/sign-in`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);

    // The primary's practice has no title: the admin app shows the one derived from its summary.
    await page.goto(`${admin}/practices/${practice.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(derivedTitle(practice.summary));
    await expect(page.getByLabel("Title")).toHaveValue("");
    await page.getByLabel("Title").fill("Edited in the admin app");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator(".gp-alert[role=status]")).toContainText("Saved as version 2");

    const [row] = await primary.execute<{ title: string }>(sql`select title from practices where id = ${practice.id}`);
    expect(row!.title).toBe("Edited in the admin app");
    // The copy standing in for the replica is not replicated to: the public site still shows its value.
    await page.goto(`${web}/practices/${practice.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(replicaTitle);
  });
});
