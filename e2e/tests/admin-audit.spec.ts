import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, editorContext, formStatus } from "./admin-helpers";

test.afterAll(closeAdminDb);

test("the audit log filters by user, action and date, and downloads as CSV", async ({ page, browser }) => {
  // The editor makes a change, so there is something of theirs to find.
  const [practice] = await adminDb().execute<{ id: number }>(
    sql`select id from practices where status = 'published' order by id desc limit 1`,
  );
  const editor = await editorContext(browser);
  const editorPage = await editor.newPage();
  await editorPage.goto(`${adminUrl}/practices/${practice!.id}`);
  await editorPage.getByLabel("Language").selectOption({ label: "English" });
  await editorPage.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(editorPage)).toContainText("Saved as version");
  await editor.close();

  await page.goto(`${adminUrl}/audit`);
  await page.getByLabel("User").selectOption({ label: "editor@e2e.test" });
  await page.getByLabel("Action").selectOption("practice.update");
  // The UTC day the database recorded the save on, not the test's clock: a run may cross midnight.
  const [saved] = await adminDb().execute<{ day: string }>(
    sql`select to_char(at at time zone 'UTC', 'YYYY-MM-DD') as day from audit_events
        where action = 'practice.update' and subject_id = ${practice!.id} order by id desc limit 1`,
  );
  const day = saved!.day;
  await page.getByLabel("From (UTC day)").fill(day);
  await page.getByLabel("To (UTC day, included)").fill(day);
  await page.getByRole("button", { name: "Apply" }).click();
  const rows = page.getByRole("table", { name: /Audit events/ }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("editor@e2e.test");
  await expect(rows.nth(1)).toContainText(`practice #${practice!.id}`);
  await expect(rows.nth(1)).toContainText('"language":"en"');

  // Another day: nothing.
  await page.getByLabel("From (UTC day)").fill("2001-01-01");
  await page.getByLabel("To (UTC day, included)").fill("2001-01-02");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No event matches these filters.")).toBeVisible();

  const download = await page.request.get(`${adminUrl}/api/audit/export?action=practice.update&from=${day}&to=${day}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const records = parse(await download.text(), { columns: true }) as Array<Record<string, string>>;
  expect(
    records.some(
      (r) =>
        r.user === "editor@e2e.test" && r.subject_id === String(practice!.id) && r.after!.includes('"language":"en"'),
    ),
  ).toBe(true);
  expect(records.every((r) => r.action === "practice.update")).toBe(true);
});
