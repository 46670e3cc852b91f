import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

// Uploading a translations file on the imports page, without JavaScript: the same preview as
// `ingest --translations --dry-run` (counts, errors at their lines, nothing written), then applied,
// and the translations show on the practice's Translations card.

test.afterAll(closeAdminDb);
test.use({ javaScriptEnabled: false });

const counts = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Counts" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^\\d+${label}$`) })
    .locator(".gp-stat__value");

async function upload(page: Page, name: string, csv: string) {
  await page.goto(`${adminUrl}/imports`);
  await page
    .getByLabel("Translations (CSV or JSON)")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Upload translations and preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Preview of ${name}`);
}

test("an empty translations file is refused on the server, next to the translations form", async ({ page }) => {
  await page.goto(`${adminUrl}/imports`);
  await page
    .getByLabel("Translations (CSV or JSON)")
    .setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Upload translations and preview" }).click();
  await expect(page).toHaveURL(`${adminUrl}/imports?error=empty&form=translations`);
  await expect(page.locator("#translations-file-error")).toHaveText("The file is empty.");
  await expect(page.locator("#file-error")).toHaveText("");
});

test("a translations file is previewed with its errors at their lines, then applied, and shows on the practice", async ({
  page,
}) => {
  // A practice in English with no Spanish or German translation, away from the other specs' practices.
  const [practice] = await adminDb().execute<{ id: number; slug: string }>(sql`
    select p.id, p.slug from practices p where p.status = 'published' and coalesce(p.language, 'en') = 'en'
      and not exists (select 1 from practice_translations t where t.practice_id = p.id)
    order by p.id offset 40 limit 1`);
  const { id, slug } = practice!;
  const translationsOf = () =>
    adminDb().execute<{ language: string; summary: string; status: string; curated: boolean }>(sql`
      select language, summary, status::text as status, curated from practice_translations
      where practice_id = ${id} order by language`);

  await upload(
    page,
    "bad-translations.csv",
    `practice,language,title,summary\n${slug},es,Una práctica,Un resumen en español.\nno-such-practice,es,Otra,Otro resumen.\n`,
  );
  await expect(counts(page, "Records")).toHaveText("2");
  await expect(counts(page, "Errors")).toHaveText("1");
  await expect(page.getByRole("region", { name: /error/ })).toContainText(
    "line 3, practice: no practice has the slug “no-such-practice”",
  );
  await expect(page.getByRole("button", { name: "Apply this import" })).toHaveCount(0);
  expect(await translationsOf()).toEqual([]);
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page).toHaveURL(`${adminUrl}/imports`);

  await upload(
    page,
    "translations.csv",
    `practice,language,title,summary,status\n${slug},es,Una práctica,Un resumen en español.,\n${slug},de,Eine Praxis,Eine Zusammenfassung auf Deutsch.,draft\n`,
  );
  await expect(page.getByText("This is a dry run: nothing has been written yet.", { exact: false })).toBeVisible();
  await expect(counts(page, "Records")).toHaveText("2");
  await expect(counts(page, "Added")).toHaveText("2");
  await expect(counts(page, "Errors")).toHaveText("0");
  expect(await translationsOf()).toEqual([]);

  await page.getByRole("button", { name: "Apply this import" }).click();
  await expect(page).toHaveURL(/\/imports\?translations=2-0-0-0$/);
  await expect(formStatus(page)).toContainText("Translations imported: 2 added, 0 updated, 0 unchanged");
  expect(await translationsOf()).toEqual([
    { language: "de", summary: "Eine Zusammenfassung auf Deutsch.", status: "draft", curated: false },
    { language: "es", summary: "Un resumen en español.", status: "published", curated: false },
  ]);

  await page.goto(`${adminUrl}/practices/${id}`);
  const card = page.getByRole("region", { name: "Translations" });
  await expect(card.getByRole("listitem").filter({ hasText: "Spanish" })).toContainText("published");
  await expect(card.getByRole("listitem").filter({ hasText: "German" })).toContainText("draft");
  await expect(card.getByRole("listitem").filter({ hasText: "French" })).toContainText("missing");

  // Audited as the command line does, with the editor who applied it.
  await page.goto(`${adminUrl}/audit?action=translation.import`);
  await expect(
    page
      .getByRole("table", { name: /Audit events/ })
      .getByRole("row")
      .filter({ hasText: new RegExp(`practice #${id}(?!\\d)`) }),
  ).toHaveCount(2);
  await expect(
    page
      .getByRole("table", { name: /Audit events/ })
      .getByRole("row")
      .nth(1),
  ).toContainText("admin@e2e.test");
});
