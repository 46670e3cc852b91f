// Shared by the public site's specs: direct database access (to set up and restore states) and axe.
import AxeBuilder from "@axe-core/playwright";
import { createDb, type Database } from "@gp/db";
import { expect, type Page } from "@playwright/test";

let db: Database | null = null;

/** The database the apps under test use (set by the global setup). */
export function e2eDb(): Database {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the specs through playwright test.");
  db ??= createDb(url, { max: 2 });
  return db;
}

export async function closeE2eDb(): Promise<void> {
  await db?.$client.end();
  db = null;
}

/** Runs axe (WCAG 2.x A and AA) on the page and expects no violation, listing any it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** The number in the results heading, e.g. "12 practices" → 12. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator("#results-heading").textContent()) ?? "";
  if (/No practices found/.test(text)) return 0;
  const match = /([\d,]+) practices?/.exec(text);
  if (!match) throw new Error(`No count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ""));
}
