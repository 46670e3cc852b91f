import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb } from "./web-helpers";

test.afterAll(closeE2eDb);

/** Two published practices to play with; restored whatever happens. */
async function withTwoPractices(run: (a: string, b: string) => Promise<void>): Promise<void> {
  const rows = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id desc limit 2`,
  );
  const [a, b] = rows.map((r) => r.slug) as [string, string];
  try {
    await run(a, b);
  } finally {
    await e2eDb().execute(
      sql`update practices set status = 'published', merged_into_id = null where slug in (${a}, ${b})`,
    );
  }
}

test("a merged practice's URL answers 308 to its survivor, on the site and in the API", async ({ request, page }) => {
  await withTwoPractices(async (merged, survivor) => {
    await e2eDb().execute(
      sql`update practices set status = 'merged', merged_into_id = (select id from practices where slug = ${survivor}) where slug = ${merged}`,
    );
    const response = await request.get(`/practices/${merged}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(`/practices/${survivor}`);
    const api = await request.get(`/api/practices/${merged}`, { maxRedirects: 0 });
    expect(api.status()).toBe(308);
    expect(new URL(api.headers().location!).pathname).toBe(`/api/practices/${survivor}`);
    await page.goto(`/practices/${merged}`);
    await expect(page).toHaveURL(new RegExp(`/practices/${survivor}$`));
  });
});

test("a withdrawn practice answers 410 with a page saying so; a draft is not found", async ({ request, page }) => {
  await withTwoPractices(async (withdrawn, draft) => {
    await e2eDb().execute(sql`update practices set status = 'withdrawn' where slug = ${withdrawn}`);
    await e2eDb().execute(sql`update practices set status = 'draft' where slug = ${draft}`);
    const response = await page.goto(`/practices/${withdrawn}`);
    expect(response!.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This practice was withdrawn");
    expect((await request.get(`/api/practices/${withdrawn}`)).status()).toBe(410);
    expect((await request.get(`/practices/${draft}`)).status()).toBe(404);
    expect((await request.get(`/api/practices/${draft}`)).status()).toBe(404);
    // Neither shows in the search any more.
    await page.goto("/practices?pageSize=100");
    await expect(page.locator(`a[href="/practices/${withdrawn}"]`)).toHaveCount(0);
    await expect(page.locator(`a[href="/practices/${draft}"]`)).toHaveCount(0);
  });
});
