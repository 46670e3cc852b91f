import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb } from "./admin-helpers";

test.afterAll(closeAdminDb);

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test("the admin pages pass axe, wide and narrow", async ({ page }) => {
  const [practice] = await adminDb().execute<{ id: number }>(
    sql`select id from practices where status = 'published' order by id limit 1`,
  );
  const [candidate] = await adminDb().execute<{ id: number }>(
    sql`select id from duplicate_candidates order by id limit 1`,
  );
  const paths = [
    "/",
    "/practices",
    `/practices/${practice!.id}`,
    `/practices/${practice!.id}/history`,
    "/practices/new",
    "/topics",
    "/duplicates",
    `/duplicates/${candidate!.id}`,
    "/imports",
    "/audit",
    "/users",
    "/conflicts",
  ];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(`${adminUrl}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await test.step(`${path} at ${width}px`, () => expectNoAxeViolations(page));
    }
  }
});

test("signing in works with the keyboard alone, and the skip link leads to the content", async ({ browser }) => {
  const context = await anonymousContext(browser, "198.51.100.60");
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in`);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(e2eEditor.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(e2eEditor.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await context.close();
});
