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

async function firstId(table: "practices" | "duplicate_candidates"): Promise<number> {
  const [row] = await adminDb().execute<{ id: number }>(
    table === "practices"
      ? sql`select id from practices where status = 'published' order by id limit 1`
      : sql`select id from duplicate_candidates order by id limit 1`,
  );
  return row!.id;
}

// One test per page and width, so a slow machine gives each its own time budget.
const pages: Array<{ name: string; path: () => Promise<string> }> = [
  { name: "/", path: async () => "/" },
  { name: "/practices", path: async () => "/practices" },
  { name: "/practices/{id}", path: async () => `/practices/${await firstId("practices")}` },
  { name: "/practices/{id}/history", path: async () => `/practices/${await firstId("practices")}/history` },
  { name: "/practices/new", path: async () => "/practices/new" },
  { name: "/topics", path: async () => "/topics" },
  { name: "/duplicates", path: async () => "/duplicates" },
  { name: "/duplicates/{id}", path: async () => `/duplicates/${await firstId("duplicate_candidates")}` },
  { name: "/imports", path: async () => "/imports" },
  { name: "/audit", path: async () => "/audit" },
  { name: "/users", path: async () => "/users" },
  { name: "/conflicts", path: async () => "/conflicts" },
];

test.describe("the admin pages pass axe, wide and narrow", () => {
  for (const width of [1280, 390]) {
    for (const { name, path } of pages) {
      test(`${name} at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${adminUrl}${await path()}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      });
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
