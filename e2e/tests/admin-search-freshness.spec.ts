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
