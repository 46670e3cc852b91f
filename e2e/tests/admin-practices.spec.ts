import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { selectPracticeRows } from "../src/admin-clicks";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, editorContext, formAlert, formStatus } from "./admin-helpers";

test.afterAll(closeAdminDb);

/**
 * A published practice of the sample data, by its position (so specs do not step on each other),
 * among those no other spec has edited yet (version 1) and no duplicate pair names (the duplicates specs merge and dismiss those) and, when
 * given, without a topic (which a bulk action then adds to all of them).
 */
async function practice(offset: number, without?: string): Promise<{ id: number; slug: string; version: number }> {
  const [row] = await adminDb().execute<{ id: number; slug: string; version: number }>(sql`
    select id, slug, version from practices p
    where status = 'published' and version = 1
      and not exists (select 1 from duplicate_candidates c where p.id in (c.practice_a_id, c.practice_b_id))
      and not (p.topic_ids && (select coalesce(array_agg(id), '{}') from topics where name = ${without ?? ""}))
    order by id offset ${offset} limit 1`);
  return row!;
}

test("an editor sets a title and topics, and the public site shows them", async ({ page }) => {
  const { id, slug } = await practice(2);
  await page.goto(`${adminUrl}/practices/${id}`);
  await page.getByLabel("Title").fill("Knowledge discovery against social fraud");
  await page.getByRole("checkbox", { name: "Health insurance" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version 2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Knowledge discovery against social fraud");

  const [row] = await adminDb().execute<{ curated_fields: string[]; version: number }>(
    sql`select curated_fields, version from practices where id = ${id}`,
  );
  expect(row).toEqual({ curated_fields: ["title", "topics"], version: 2 });

  await page.goto(`${webUrl}/practices/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Knowledge discovery against social fraud");
  await expect(page.getByRole("link", { name: "Health insurance" })).toBeVisible();
});

test("an invalid form shows each error next to its field and keeps what was typed", async ({ page }) => {
  const { id } = await practice(3);
  await page.goto(`${adminUrl}/practices/${id}`);
  await page.getByLabel("Title").fill("A title that must survive the error");
  await page.getByLabel("Summary").fill("   ");
  await page.getByLabel("Award year").fill("20x4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formAlert(page)).toHaveText("Please correct the fields marked below.");
  await expect(page.locator("#summary-error")).toHaveText("The summary cannot be empty.");
  await expect(page.locator("#awardYear-error")).toHaveText("The award year must be a year, like 2021.");
  await expect(page.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue("A title that must survive the error");
  await expect(page.getByLabel("Award year")).toHaveValue("20x4");
  const [row] = await adminDb().execute<{ version: number; title: string | null }>(
    sql`select version, title from practices where id = ${id}`,
  );
  expect(row).toEqual({ version: 1, title: null });
});

test("two editors at once: the later save is refused, shows what changed, and keeps its values", async ({
  page,
  browser,
}) => {
  const { id } = await practice(4);
  const other = await editorContext(browser);
  const editorPage = await other.newPage();
  await page.goto(`${adminUrl}/practices/${id}`);
  await editorPage.goto(`${adminUrl}/practices/${id}`);

  await page.getByLabel("Title").fill("Title saved first");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version 2");

  await editorPage.getByLabel("Award distinction").selectOption({ label: "Certificate of Merit" });
  await editorPage.getByRole("button", { name: "Save changes" }).click();
  await expect(formAlert(editorPage)).toContainText(
    "Someone else saved this practice while you were editing it (now version 2). Nothing was saved.",
  );
  const changes = editorPage.getByRole("region", { name: "What changed meanwhile" });
  await expect(changes).toContainText("By admin@e2e.test");
  await expect(changes.getByRole("row", { name: /Title/ })).toContainText("Title saved first");
  // The form now shows their change with the editor's own on top.
  await expect(editorPage.getByLabel("Award distinction")).toHaveValue("certificate_of_merit");
  await expect(editorPage.getByLabel("Title")).toHaveValue("Title saved first");
  let [row] = await adminDb().execute<{ title: string; award_distinction: string | null }>(
    sql`select title, award_distinction from practices where id = ${id}`,
  );
  expect(row).toEqual({ title: "Title saved first", award_distinction: null });

  // Saving again applies the editor's own change on top of the new version; the other change stays.
  await editorPage.getByRole("button", { name: "Save my changes over the new version" }).click();
  await expect(formStatus(editorPage)).toContainText("Saved as version 3");
  [row] = await adminDb().execute<{ title: string; award_distinction: string | null }>(
    sql`select title, award_distinction from practices where id = ${id}`,
  );
  expect(row).toEqual({ title: "Title saved first", award_distinction: "certificate_of_merit" });
  await other.close();
});

test("the history shows each change with before and after, and restores an earlier version", async ({ page }) => {
  const { id } = await practice(5);
  await page.goto(`${adminUrl}/practices/${id}`);
  await page.getByLabel("Title").fill("First try");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("version 2");
  await page.getByLabel("Title").fill("Second try");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("version 3");

  await page.getByRole("link", { name: "History" }).click();
  const events = page.locator(".gp-history__event");
  await expect(events).toHaveCount(2); // the two edits (an import's creation of a practice is its batch's event)
  await expect(events.nth(0)).toContainText("Edited");
  await expect(events.nth(0)).toContainText("admin@e2e.test");
  await expect(events.nth(0).getByRole("row", { name: /Title/ })).toContainText("First try");
  await expect(events.nth(0).getByRole("row", { name: /Title/ })).toContainText("Second try");

  await events.nth(1).getByRole("button", { name: "Restore this version" }).click();
  await expect(page.getByText(/Restored as version 4/)).toBeVisible();
  let [row] = await adminDb().execute<{ title: string | null; version: number }>(
    sql`select title, version from practices where id = ${id}`,
  );
  expect(row).toEqual({ title: "First try", version: 4 });

  await page.reload();
  await expect(page.locator(".gp-history__event").first()).toContainText("Restored an earlier version");
  await page
    .locator(".gp-history__event")
    .last()
    .getByRole("button", { name: "Restore the version before this change" })
    .click();
  await expect(page.getByText(/Restored as version 5/)).toBeVisible();
  [row] = await adminDb().execute<{ title: string | null; version: number }>(
    sql`select title, version from practices where id = ${id}`,
  );
  expect(row).toEqual({ title: null, version: 5 });
});

test("bulk actions: add a topic to the selected practices, withdraw them, publish them again", async ({
  page,
  request,
}) => {
  const a = await practice(6, "Unemployment");
  const b = await practice(7, "Unemployment");
  await page.goto(`${adminUrl}/practices?sort=implementationYear&size=100`);
  await selectPracticeRows(page, [a, b]);
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByLabel("Topic for bulk action").selectOption({ label: "Employment › Unemployment" });
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(formStatus(page)).toHaveText("Topic added to 2 practices.");
  const tagged = await adminDb().execute<{ id: number }>(
    sql`select id from practices where id in (${a.id}, ${b.id}) and topic_ids @> array[(select id from topics where name = 'Unemployment')]`,
  );
  expect(tagged.length).toBe(2);

  await selectPracticeRows(page, [a, b]);
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("button", { name: "Withdraw 2 practices" }).click(); // the confirmation
  await expect(formStatus(page)).toHaveText("2 practices withdrawn.");
  expect((await request.get(`${webUrl}/practices/${a.slug}`)).status()).toBe(410);

  await page.goto(`${adminUrl}/practices?status=withdrawn`);
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(formStatus(page)).toHaveText("2 practices published.");
  expect((await request.get(`${webUrl}/practices/${a.slug}`)).status()).toBe(200);
});

test("the practices table pages and sorts on the server, and filters by topic, country, status and year", async ({
  page,
}) => {
  const [live] = await adminDb().execute<{ n: number }>(
    sql`select count(*)::int as n from practices where status <> 'merged'`,
  );
  await page.goto(`${adminUrl}/practices?size=25`);
  await expect(page.getByText(`1–25 of ${live!.n}`)).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(26);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(`26–50 of ${live!.n}`)).toBeVisible();

  // Years sort newest first on the first click.
  await page.getByRole("link", { name: "Implemented: sort descending" }).click();
  await expect(page.getByRole("columnheader", { name: /Implemented/ })).toHaveAttribute("aria-sort", "descending");
  await expect(page).not.toHaveURL(/page=2/); // a new order starts on page 1
  const [max] = await adminDb().execute<{ y: number }>(
    sql`select max(implementation_year)::int as y from practices where status <> 'merged'`,
  );
  await expect(page.locator('td[data-label="Implemented"]').first()).toHaveText(String(max!.y));
  await page.getByRole("link", { name: "Implemented: sort ascending" }).click();
  await expect(page.getByRole("columnheader", { name: /Implemented/ })).toHaveAttribute("aria-sort", "ascending");
  const [min] = await adminDb().execute<{ y: number }>(
    sql`select min(implementation_year)::int as y from practices where status <> 'merged'`,
  );
  await expect(page.locator('td[data-label="Implemented"]').first()).toHaveText(String(min!.y));

  await page.getByRole("combobox", { name: "Country", exact: true }).fill("Paraguay");
  await page.getByRole("combobox", { name: "Year", exact: true }).selectOption("2021");
  await page.getByRole("button", { name: "Apply" }).click();
  const [count] = await adminDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id
    where c.name = 'Paraguay' and (p.implementation_year = 2021 or p.award_year = 2021) and p.status <> 'merged'`);
  await expect(page.getByText(`of ${count!.n}`, { exact: false })).toBeVisible();
  for (const cell of await page.getByRole("row").locator('td[data-label="Country"]').allTextContents())
    expect(cell).toBe("Paraguay");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(`${adminUrl}/practices`);
  await expect(page.getByRole("combobox", { name: "Country", exact: true })).toHaveValue("");
  await page.getByRole("combobox", { name: "Topic", exact: true }).selectOption({ label: "Health › Maternity" });
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Published" });
  await page.getByRole("button", { name: "Apply" }).click();
  const [maternity] = await adminDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices where status = 'published' and topic_ids @> array[(select id from topics where name = 'Maternity')]`);
  expect(maternity!.n).toBeGreaterThan(0);
  await expect(page.getByText(`1–${maternity!.n} of ${maternity!.n}`)).toBeVisible();
  for (const cell of await page.locator('td[data-label="Topics"]').allTextContents())
    expect(cell).toContain("Maternity");
  for (const cell of await page.locator('td[data-label="Status"]').allTextContents()) expect(cell).toBe("Published");
});
