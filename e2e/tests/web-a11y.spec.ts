import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb, expectNoAxeViolations } from "./web-helpers";

test.afterAll(closeE2eDb);

test.describe("axe finds no violation on the home, search, practice and topic pages", () => {
  // One test per page, so a slow machine gives each its own time budget.
  const pages: Array<{ name: string; path: () => Promise<string> }> = [
    { name: "/", path: async () => "/" },
    { name: "/practices", path: async () => "/practices" },
    { name: "/practices?q=pensoin&region=europe", path: async () => "/practices?q=pensoin&region=europe" },
    {
      name: "/practices/{slug} (with bullets)",
      path: async () => {
        const [practice] = await e2eDb().execute<{ slug: string }>(
          sql`select slug from practices where status = 'published' and summary like '%•%' limit 1`,
        );
        return `/practices/${practice!.slug}`;
      },
    },
    { name: "/topics", path: async () => "/topics" },
    { name: "/topics/error-evasion-and-fraud", path: async () => "/topics/error-evasion-and-fraud" },
    { name: "/countries", path: async () => "/countries" },
    { name: "/countries/belgium", path: async () => "/countries/belgium" },
  ];
  for (const { name, path } of pages) {
    test(name, async ({ page }) => {
      await page.goto(await path());
      await expectNoAxeViolations(page);
    });
  }
});

test("the narrow layout passes axe too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/practices?q=pension");
  await expectNoAxeViolations(page);
  await page.getByText("Filters", { exact: true }).click();
  await expect(page.getByRole("group", { name: "Region" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the search can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  // From the main content, the first stop is the search box.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search practices" })).toBeFocused();
  await page.keyboard.type("pension");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practices\?q=pension$/);

  // Tab to the first filter and tick it with the space bar.
  const first = page.getByRole("group", { name: "Topic" }).getByRole("checkbox").first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  const value = await first.getAttribute("value");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(new RegExp(`topic=${value}`));
  // The new search replaces the filter options; the focus stays on the one just ticked.
  await expect(page.getByRole("group", { name: "Topic" }).locator(`input[value="${value}"]`)).toBeFocused();
  await expect(page.getByRole("group", { name: "Topic" }).locator(`input[value="${value}"]`)).toBeChecked();

  // Reach the first result by keyboard and open it.
  const link = page.locator(".gp-result__title a").first();
  const href = await link.getAttribute("href");
  for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
