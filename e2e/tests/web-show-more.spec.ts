import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb, resultCount } from "./web-helpers";

test.afterAll(closeE2eDb);

/** Topics the panel can list for all practices: those of published practices, and their parents. */
async function listedTopics(): Promise<string[]> {
  const rows = await e2eDb().execute<{ slug: string }>(sql`
    with recursive used as (
      select distinct unnest(topic_ids) as id from practices where status = 'published'
      union select t.parent_id from topics t join used on t.id = used.id where t.parent_id is not null)
    select t.slug from topics t join used on used.id = t.id`);
  return rows.map((r) => r.slug);
}

const topicValues = (page: Page) =>
  page
    .getByRole("group", { name: "Topic" })
    .getByRole("checkbox")
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a long facet shows its top values; 'show more' lists them all and stays in the URL", async ({ page }) => {
    const all = await listedTopics();
    await page.goto("/practices");
    const topics = page.getByRole("group", { name: "Topic" });
    const top = await topicValues(page);
    expect(top.length).toBeLessThan(all.length);

    await topics.getByRole("link", { name: `Show all ${all.length} topics` }).click();
    await expect(page).toHaveURL(/\/practices\?more=topic#facet-topic$/);
    expect((await topicValues(page)).sort()).toEqual([...all].sort());

    // A topic that was not among the top values: ticked and sent, the list stays whole.
    const hidden = all.find((slug) => !top.includes(slug))!;
    await topics.locator(`input[value="${hidden}"]`).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`topic=${hidden}`));
    await expect(page).toHaveURL(/more=topic/);
    const [row] = await e2eDb().execute<{ n: number }>(sql`
      select count(*)::int as n from practices p where p.status = 'published' and p.topic_ids && array(
        with recursive sub as (select id from topics where slug = ${hidden} union select t.id from topics t join sub on t.parent_id = sub.id)
        select id from sub)`);
    expect(await resultCount(page)).toBe(row!.n);
    expect(await topicValues(page)).toContain(hidden);
    await expect(topics.getByRole("link", { name: "Show fewer topics" })).toBeVisible();

    // The chips keep the lists shown in full; "show fewer" keeps the search.
    const chip = page.getByRole("link", { name: /^Remove filter Topic:/ });
    await expect(chip).toHaveAttribute("href", /more=topic$/);
    await topics.getByRole("link", { name: "Show fewer topics" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?topic=${hidden}#facet-topic$`));
    expect(await resultCount(page)).toBe(row!.n);
  });

  test("the map of the matching practices shows when asked, and its links filter the search", async ({ page }) => {
    await page.goto("/practices?q=pension");
    await expect(page.locator(".gp-map__country")).toHaveCount(0);
    await page
      .getByRole("link", { name: /^Show where the matching practices come from on a map \(\d+ countr/ })
      .click();
    await expect(page).toHaveURL(/\?q=pension&more=map#search-map$/);
    const countries = await page.getByRole("group", { name: "Country" }).getByRole("checkbox").count();
    await expect(page.locator("#search-map .gp-map__country")).toHaveCount(countries);
    await page.getByText(/Practices by country \(\d+\), as a table/).click();
    await page.getByRole("table").getByRole("link", { name: "Belgium" }).click();
    await expect(page).toHaveURL(/\?q=pension&country=belgium&more=map$/);
    await expect(page.getByRole("link", { name: "Remove filter Country: Belgium" })).toBeVisible();
    await page.getByRole("link", { name: "Hide the map" }).click();
    await expect(page).toHaveURL(/\?q=pension&country=belgium#search-map$/);
    await expect(page.locator(".gp-map__country")).toHaveCount(0);
  });
});

test("the API ignores the page's `more`", async ({ request }) => {
  const answer = async (query: string) => {
    const response = await request.get(`/api/practices${query}`);
    expect(response.status()).toBe(200);
    return response.json();
  };
  expect(await answer("?q=pension&more=topic,country,map")).toEqual(await answer("?q=pension"));
});

test("with JavaScript, 'show more' opens the list in place: the focus stays on the link", async ({ page }) => {
  await page.goto("/practices");
  const topics = page.getByRole("group", { name: "Topic" });
  const before = (await topicValues(page)).length;
  await topics.getByRole("link", { name: /^Show all \d+ topics$/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/more=topic/);
  await expect(topics.getByRole("link", { name: "Show fewer topics" })).toBeFocused();
  expect((await topicValues(page)).length).toBeGreaterThan(before);
  // Ticking a filter keeps the list whole (the form carries `more`) and the focus on the box.
  const box = topics.getByRole("checkbox").last();
  const value = await box.getAttribute("value");
  await box.click();
  await expect(page).toHaveURL(new RegExp(`topic=${value}`));
  await expect(page).toHaveURL(/more=topic/);
  await expect(topics.locator(`input[value="${value}"]`)).toBeFocused();
});
