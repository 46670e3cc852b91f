import { readdirSync, readFileSync } from "node:fs";
import { get } from "node:http";
import { availableParallelism } from "node:os";
import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

// The public search answers from an index in the web instance's memory (packages/db/src/search).
// It must never be stale: an editor's save in the admin app shows on the very next API request.

test.afterAll(closeAdminDb);

test("an edit saved in the admin app shows on the next request of the API, answered from the search index", async ({
  page,
  request,
}) => {
  // The index is built on the first search after a start; wait until the API answers from it.
  await expect
    .poll(async () => (await request.get(`${webUrl}/api/practices?pageSize=1`)).headers()["x-search-engine"], {
      timeout: 60_000,
    })
    .toBe("index");
  // A practice away from the other specs' (they take the first and the last ones by id).
  const [practice] = await adminDb().execute<{ id: number; slug: string; summary: string }>(sql`
    select id, slug, summary from practices where status = 'published' order by id offset 60 limit 1`);
  const word = "zephyrfreshness";
  const find = async () => {
    const response = await request.get(`${webUrl}/api/practices?q=${word}`);
    expect(response.headers()["x-search-engine"]).toBe("index");
    return (await response.json()) as { total: number; items: Array<{ slug: string; snippet: string }> };
  };
  expect((await find()).total).toBe(0);

  await page.goto(`${adminUrl}/practices/${practice!.id}`);
  await page.getByLabel("Summary").fill(`${practice!.summary} ${word}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version");

  const found = await find();
  expect(found.total).toBe(1);
  expect(found.items[0]!.slug).toBe(practice!.slug);
  expect(found.items[0]!.snippet).toContain(word);

  // Put the summary back, and the word is gone from the next answer too.
  await page.getByLabel("Summary").fill(practice!.summary);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version");
  expect((await find()).total).toBe(0);
});

test("every worker process of the public site answers an edit's next request from its own index", async ({ page }) => {
  // The public site's server (apps/web/src/server.ts) runs one worker process per core, each with its own
  // index; each new connection goes to the next worker. Every one must be current after a commit.
  const workers = childrenOf(Number(process.env.E2E_WEB_PID));
  expect(workers.length).toBe(availableParallelism());
  const [practice] = await adminDb().execute<{ id: number; slug: string; summary: string }>(sql`
    select id, slug, summary from practices where status = 'published' order by id offset 61 limit 1`);
  const word = "zephyrworkerprocess";
  // Several asks on new connections per worker, so each worker answers some of them.
  const askAll = () => Promise.all(Array.from({ length: 4 * workers.length }, () => searchOnNewConnection(word)));
  await expect
    .poll(async () => (await askAll()).every((answer) => answer.engine === "index"), { timeout: 60_000 })
    .toBe(true);
  expect((await askAll()).map((answer) => answer.total)).toEqual(Array(4 * workers.length).fill(0));

  await page.goto(`${adminUrl}/practices/${practice!.id}`);
  await page.getByLabel("Summary").fill(`${practice!.summary} ${word}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version");

  const answers = await askAll();
  expect(answers.map((answer) => answer.engine)).toEqual(Array(answers.length).fill("index"));
  expect(answers.map((answer) => answer.total)).toEqual(Array(answers.length).fill(1));

  await page.getByLabel("Summary").fill(practice!.summary);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version");
  expect((await askAll()).map((answer) => answer.total)).toEqual(Array(answers.length).fill(0));
});

/** The ids of a process's children (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      const stat = statOf(entry);
      return stat !== null && Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
    })
    .map(Number);
}

/**
 * A process's /proc stat line, or null when it ended since /proc was listed (any process of the
 * machine may: fresh-clone CI run 44 failed on one that did).
 */
function statOf(pid: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    if (["ENOENT", "ESRCH"].includes((error as NodeJS.ErrnoException).code ?? "")) return null;
    throw error;
  }
}

/** The API's answer to `q` on a connection of its own (so the server hands it to its next worker). */
function searchOnNewConnection(q: string): Promise<{ engine: string | undefined; total: number }> {
  return new Promise((resolve, reject) => {
    get(`${webUrl}/api/practices?q=${q}`, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        const engine = response.headers["x-search-engine"];
        resolve({
          engine: typeof engine === "string" ? engine : undefined,
          total: (JSON.parse(body) as { total: number }).total,
        });
      });
    }).on("error", reject);
  });
}
