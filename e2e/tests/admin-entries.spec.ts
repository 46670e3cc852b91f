import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, formAlert, formStatus } from "./admin-helpers";

test.afterAll(closeAdminDb);

test("an empty award entry is refused field by field, keeping what was typed", async ({ page }) => {
  await page.goto(`${adminUrl}/practices/new`);
  await page.getByLabel("Award year").fill("1850");
  await page.getByRole("button", { name: "Create the entry" }).click();
  await expect(formAlert(page)).toHaveText("Please correct the fields marked below.");
  await expect(page.locator("#title-error")).toHaveText("A new entry needs a title.");
  await expect(page.locator("#summary-error")).toHaveText("The summary cannot be empty.");
  await expect(page.locator("#institutionId-error")).toHaveText("Choose an institution.");
  await expect(page.locator("#awardYear-error")).toHaveText("The award year must be between 1900 and 2200.");
  await expect(page.getByLabel("Award year")).toHaveValue("1850");
});

test("a new award entry with a new institution is published, and appears on the public site", async ({ page }) => {
  const title = "Digital pension forecasts for young workers";
  await page.goto(`${adminUrl}/practices/new`);
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Summary")
    .fill(
      "The fund sends every young worker a yearly digital forecast of their future pension, with advice on how to improve it.",
    );
  await page.getByRole("radio", { name: "A new institution" }).check();
  await page.getByLabel("Name").fill("Fondo de Pensiones de Prueba");
  await page.getByLabel("Acronym").fill("FPP");
  await page.getByLabel("Country").fill("Chile");
  await page.getByLabel("Implementation year").fill("2022");
  await page.getByLabel("Award year").fill("2024");
  await page.getByLabel("Award distinction").selectOption({ label: "Good Practice Award winner" });
  await page.getByRole("checkbox", { name: "Old-age pensions" }).check();
  await page.getByRole("radio", { name: "Published" }).check();
  await page.getByRole("button", { name: "Create the entry" }).click();

  await expect(page).toHaveURL(/\/practices\/\d+\?created=1$/);
  await expect(formStatus(page)).toHaveText("The entry was created and published. You can keep editing it here.");
  const [row] = await adminDb().execute<{
    slug: string;
    institution: string;
    country: string;
    status: string;
    curated: string[];
  }>(sql`
    select p.slug, i.name as institution, c.code as country, p.status, p.curated_fields as curated
    from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id where p.title = ${title}`);
  expect(row).toMatchObject({ institution: "Fondo de Pensiones de Prueba", country: "CL", status: "published" });
  expect(row!.slug).toMatch(/^digital-pension-forecasts-for-young-workers-/);

  await page.goto(`${webUrl}/practices/${row!.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Fondo de Pensiones de Prueba").first()).toBeVisible();
});

test("a draft entry stays off the public site", async ({ page, request }) => {
  await page.goto(`${adminUrl}/practices/new`);
  await page.getByLabel("Title").fill("A draft not yet public");
  await page.getByLabel("Summary").fill("Work in progress on a new award entry.");
  // The institution is a searchable text field: its text is the institution's name (acronym), country.
  const [onem] = await adminDb().execute<{ text: string }>(sql`
    select i.name || coalesce(' (' || i.acronym || ')', '') || ', ' || c.name as text
    from institutions i join countries c on c.id = i.country_id where i.name = 'National Employment Office'`);
  await page.getByLabel("Institution", { exact: true }).fill(onem!.text);
  await page.getByRole("button", { name: "Create the entry" }).click();
  await expect(formStatus(page)).toHaveText("The entry was created as a draft. You can keep editing it here.");
  const [row] = await adminDb().execute<{ slug: string }>(
    sql`select slug from practices where title = 'A draft not yet public'`,
  );
  expect((await request.get(`${webUrl}/practices/${row!.slug}`)).status()).toBe(404);
});
