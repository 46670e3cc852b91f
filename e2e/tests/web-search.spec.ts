import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb, resultCount } from "./web-helpers";

test.afterAll(closeE2eDb);

async function published(where = sql`true`): Promise<number> {
  const [row] = await e2eDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id
    where p.status = 'published' and ${where}`);
  return row!.n;
}

test("search, filter by a facet, remove a chip, clear all", async ({ page }) => {
  await page.goto("/practices");
  expect(await resultCount(page)).toBe(await published());

  await page.getByRole("searchbox", { name: "Search practices" }).fill("pension");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\?q=pension$/);
  const forPension = await resultCount(page);
  expect(forPension).toBe(await published(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'pension')`));
  await expect(page.locator(".gp-result mark").first()).toHaveText(/pension/i);

  // Ticking a country filters at once (the page submits the form on change).
  await page
    .getByRole("group", { name: "Country" })
    .getByRole("checkbox", { name: /Belgium/ })
    .click();
  await expect(page).toHaveURL(/country=belgium/);
  const belgian = await resultCount(page);
  expect(belgian).toBe(
    await published(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'pension') and c.slug = 'belgium'`),
  );
  expect(belgian).toBeLessThan(forPension);
  await expect(page.getByRole("link", { name: "Remove filter Country: Belgium" })).toBeVisible();
  for (const country of await page.locator(".gp-result__meta").allTextContents()) expect(country).toContain("Belgium");

  // OR within a facet: adding Poland widens the results.
  await page
    .getByRole("group", { name: "Country" })
    .getByRole("checkbox", { name: /Poland/ })
    .click();
  await expect(page).toHaveURL(/country=belgium&country=poland/);
  expect(await resultCount(page)).toBeGreaterThan(belgian);
  // AND across facets: a region narrows them again.
  await page
    .getByRole("group", { name: "Region" })
    .getByRole("checkbox", { name: /Europe/ })
    .click();
  await expect(page).toHaveURL(/region=europe/);

  await page.getByRole("link", { name: "Remove filter Country: Poland" }).click();
  await expect(page).toHaveURL(/\?q=pension&country=belgium&region=europe$/);
  expect(await resultCount(page)).toBe(belgian);
  await expect(page.getByRole("link", { name: /Remove filter Country: Poland/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/practices\?q=pension$/);
  expect(await resultCount(page)).toBe(forPension);
  await expect(page.locator(".gp-chip")).toHaveCount(0);

  // The URL is the state: back returns to the filtered search.
  await page.goBack();
  await expect(page).toHaveURL(/country=belgium&region=europe/);
  expect(await resultCount(page)).toBe(belgian);
});

test("a misspelt word still finds practices, with a suggestion", async ({ page }) => {
  await page.goto("/practices?q=pensoin");
  await expect(page.getByText("No practice matches “pensoin”. Did you mean")).toBeVisible();
  expect(await resultCount(page)).toBe(
    await published(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'pension')`),
  );
  await page.getByRole("link", { name: "pension", exact: true }).click();
  await expect(page).toHaveURL(/q=pension$/);
});

test("the API corrects a misspelt word as the page does, and names the correction", async ({ request }) => {
  const response = await request.get("/api/practices?q=pensoin&pageSize=100");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.correction).toEqual({ from: "pensoin", to: "pension" });
  expect(body.total).toBe(await published(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'pension')`));
  const openapi = await (await request.get("/api/openapi.json")).text();
  expect(openapi).toContain('"correction"');
});

test("pages through results and sorts", async ({ page }) => {
  await page.goto("/practices?sort=newest-implementation");
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(20);
  await page.getByRole("navigation", { name: "Pages of results" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/sort=newest-implementation&page=2/);
  await expect(page.getByText(`Showing 21–${Math.min(40, total)}`)).toBeVisible();
  const years = (await page.locator(".gp-result__meta").allTextContents()).map((t) =>
    Number(/Implemented (\d{4})/.exec(t)?.[1] ?? 0),
  );
  expect(years).toEqual([...years].sort((a, b) => b - a));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search, the filters and the chips work", async ({ page }) => {
    await page.goto("/practices");
    await page.getByRole("searchbox", { name: "Search practices" }).fill("fraud");
    await page.getByRole("searchbox", { name: "Search practices" }).press("Enter");
    await expect(page).toHaveURL(/\?q=fraud/);
    const all = await resultCount(page);
    expect(all).toBe(await published(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'fraud')`));

    await page
      .getByRole("group", { name: "Region" })
      .getByRole("checkbox", { name: /Americas/ })
      .check();
    // Nothing happens until the form is sent.
    await expect(page).toHaveURL(/\?q=fraud$/);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/region=americas/);
    const americas = await resultCount(page);
    expect(americas).toBe(
      await published(
        sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'fraud') and c.region_id = (select id from regions where slug = 'americas')`,
      ),
    );

    await page.getByRole("link", { name: "Remove filter Region: Americas" }).click();
    expect(await resultCount(page)).toBe(all);
  });
});
