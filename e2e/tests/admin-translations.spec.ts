import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, formAlert, formStatus } from "./admin-helpers";

// Translating a practice: added side by side with its original (without JavaScript), marked
// outdated once the original's text changes, with the original's change shown, and up to date
// again when saved. The practices are in the middle of the sample data, away from other specs'.

test.afterAll(closeAdminDb);
test.describe.configure({ mode: "serial" });

async function practiceAt(offset: number): Promise<{ id: number; slug: string; summary: string }> {
  const [row] = await adminDb().execute<{ id: number; slug: string; summary: string }>(
    sql`select id, slug, summary from practices where status = 'published' order by id offset ${offset} limit 1`,
  );
  return row!;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor adds a French translation beside the original; an empty summary is refused", async ({ page }) => {
    const { id, slug, summary } = await practiceAt(30);
    // The public French page shows the original until then, saying so.
    await page.goto(`${webUrl}/fr/practices/${slug}`);
    // (The practice's own notice; related practices' cards carry theirs.)
    const notice = page.locator("p.gp-notice");
    await expect(notice).toHaveText("Pas encore disponible en français ; affiché en anglais.");

    await page.goto(`${adminUrl}/practices/${id}`);
    const card = page.getByRole("region", { name: "Translations" });
    await expect(card.getByRole("listitem").filter({ hasText: "French" })).toContainText("missing");
    await card.getByRole("link", { name: "French" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toContainText("French translation of");
    await expect(page.getByRole("region", { name: /^Original/ })).toContainText(summary.slice(0, 60));
    await page.getByLabel("Summary in French").fill("   ");
    await page.getByRole("button", { name: "Save the French translation" }).click();
    await expect(formAlert(page)).toBeVisible();
    await expect(page.locator("#summary-error")).toHaveText("The summary cannot be empty.");

    await page.getByLabel("Title in French").fill("Une pratique traduite");
    await page.getByLabel("Summary in French").fill("Le résumé de cette pratique, en français.");
    await page.getByRole("button", { name: "Save the French translation" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The French translation was saved (version 1)" }),
    ).toBeVisible();

    // The public French page shows it at its next load.
    await page.goto(`${webUrl}/fr/practices/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Une pratique traduite");
    await expect(page.getByText("Le résumé de cette pratique, en français.")).toBeVisible();
    await expect(notice).toHaveCount(0);

    const rows = await adminDb().execute<{ title: string; summary: string; status: string; curated: boolean }>(sql`
      select title, summary, status::text as status, curated from practice_translations where practice_id = ${id} and language = 'fr'`);
    expect(rows).toEqual([
      {
        title: "Une pratique traduite",
        summary: "Le résumé de cette pratique, en français.",
        status: "published",
        curated: true,
      },
    ]);

    // The audit log has it, with who made it.
    await page.goto(`${adminUrl}/audit?action=translation.create`);
    await expect(
      page
        .getByRole("table", { name: /Audit events/ })
        .getByRole("row")
        .filter({ hasText: new RegExp(`practice #${id}(?!\\d)`) }),
    ).toContainText("admin@e2e.test");
  });

  test("a translation saved as a draft says so, and publishing it says published", async ({ page }) => {
    const { id } = await practiceAt(32);
    await page.goto(`${adminUrl}/practices/${id}/translations/es`);
    await page.getByLabel("Summary in Spanish").fill("Un resumen en borrador.");
    await page.getByLabel("Draft (not on the public site yet)").check();
    await page.getByRole("button", { name: "Save the Spanish translation" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The Spanish translation was saved (version 1)" }),
    ).toBeVisible();
    await page.goto(`${adminUrl}/practices/${id}`);
    const spanish = page
      .getByRole("region", { name: "Translations" })
      .getByRole("listitem")
      .filter({ hasText: "Spanish" });
    await expect(spanish).toContainText("draft");

    await spanish.getByRole("link", { name: "Spanish" }).click();
    await expect(page.getByLabel("Draft (not on the public site yet)")).toBeChecked();
    await page.getByRole("radio", { name: "Published" }).check();
    await page.getByRole("button", { name: "Save the Spanish translation" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The Spanish translation was saved (version 2)" }),
    ).toBeVisible();
    const [row] = await adminDb().execute<{ status: string }>(
      sql`select status::text as status from practice_translations where practice_id = ${id} and language = 'es'`,
    );
    expect(row!.status).toBe("published");
  });
});

test("editing the original's summary marks the translation outdated, shows what changed, and saving brings it up to date", async ({
  page,
}) => {
  const { id } = await practiceAt(30);
  await page.goto(`${adminUrl}/practices/${id}`);
  const summary = page.getByLabel("Summary");
  await summary.fill(`${await summary.inputValue()} It was extended in 2024.`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toContainText("Saved as version");
  await expect(
    page.getByRole("region", { name: "Translations" }).getByRole("listitem").filter({ hasText: "French" }),
  ).toContainText("outdated");

  // The dashboard's queue counts it among the outdated French translations, and lists it.
  const [outdatedCount] = await adminDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practice_translations t join practices p on p.id = t.practice_id
    where t.language = 'fr' and p.status in ('published', 'draft')
      and (p.summary is distinct from t.source_summary or p.title is distinct from t.source_title)`);
  expect(outdatedCount!.n).toBeGreaterThan(0);
  await page.goto(`${adminUrl}/`);
  const french = page.getByRole("region", { name: "Translations" }).getByRole("row", { name: /^French/ });
  await expect(french).toContainText(`${outdatedCount!.n} outdated`);
  await french.getByRole("link", { name: /outdated/ }).click();
  await expect(
    page.getByRole("list", { name: "Practices" }).getByRole("link", { name: new RegExp(`^#${id} `) }),
  ).toBeVisible();

  await page.goto(`${adminUrl}/practices/${id}`);
  await page.getByRole("region", { name: "Translations" }).getByRole("link", { name: "French" }).click();
  const outdated = page.getByRole("region", { name: /^Outdated: the original changed since version 1/ });
  await expect(outdated).toBeVisible();
  await expect(outdated.getByRole("row", { name: /^Summary/ }).locator("ins")).toContainText(
    "It was extended in 2024.",
  );

  await page
    .getByLabel("Summary in French")
    .fill("Le résumé de cette pratique, en français. Elle a été étendue en 2024.");
  await page.getByRole("button", { name: "Save the French translation" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The French translation was saved (version 2)" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: /^Outdated/ })).toHaveCount(0);

  // The history lists both translation changes, and restores the first.
  await page.goto(`${adminUrl}/practices/${id}/history`);
  const added = page.locator(".gp-history__event").filter({ hasText: "Translation added" });
  await expect(added.getByRole("row", { name: /^Summary \(French\)/ })).toBeVisible();
  await added.getByRole("button", { name: "Restore this translation" }).click();
  await expect(page.getByText("The French translation was restored.")).toBeVisible();
  const [row] = await adminDb().execute<{ summary: string }>(
    sql`select summary from practice_translations where practice_id = ${id} and language = 'fr'`,
  );
  expect(row!.summary).toBe("Le résumé de cette pratique, en français.");
});

test("the dashboard counts missing and outdated translations per language and links to the queue", async ({ page }) => {
  await page.goto(`${adminUrl}/`);
  const queue = page.getByRole("region", { name: "Translations" });
  const [missing] = await adminDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices p where p.status in ('published', 'draft') and coalesce(p.language, 'en') <> 'de'
      and not exists (select 1 from practice_translations t where t.practice_id = p.id and t.language = 'de')`);
  await expect(queue.getByRole("row", { name: /^German/ })).toContainText(`${missing!.n} missing`);
  await queue
    .getByRole("row", { name: /^German/ })
    .getByRole("link", { name: /missing/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Not yet in German");
  await expect(page.getByRole("list", { name: "Practices" }).getByRole("listitem")).toHaveCount(
    Math.min(50, missing!.n),
  );
});

test("the topic tree shows the names missing per language; an editor names a topic in French", async ({ page }) => {
  const [topic] = await adminDb().execute<{ id: number; name: string }>(
    sql`select id, name from topics where not exists (select 1 from topic_translations n where n.topic_id = topics.id) order by id limit 1`,
  );
  await page.goto(`${adminUrl}/topics`);
  const summary = page.locator("#topic-names-missing");
  const before = Number(/French (\d+)/.exec((await summary.textContent()) ?? "")![1]);
  const row = page
    .locator(".gp-topic__row")
    .filter({ has: page.getByText(topic!.name, { exact: true }) })
    .first();
  await expect(row).toContainText("missing: fr, de, es");
  await row.getByText("Edit").click();
  await row.getByLabel("Name in French").fill(`${topic!.name} (fr)`);
  await row.getByRole("button", { name: "Save names" }).click();
  await expect(row.getByText("Names saved.")).toBeVisible();
  await page.reload();
  await expect(page.locator("#topic-names-missing")).toContainText(`French ${before - 1}`);
  await expect(
    page
      .locator(".gp-topic__row")
      .filter({ has: page.getByText(topic!.name, { exact: true }) })
      .first(),
  ).toContainText("missing: de, es");
});

test("the topics page shows the region names missing per language; an editor names a region in German", async ({
  page,
}) => {
  const [region] = await adminDb().execute<{ id: number; name: string }>(
    sql`select id, name from regions where not exists (select 1 from region_translations n where n.region_id = regions.id and n.language = 'de') order by id limit 1`,
  );
  await page.goto(`${adminUrl}/topics`);
  const regions = page.getByRole("region", { name: "Region names" });
  const item = regions.getByRole("listitem").filter({ hasText: region!.name });
  await expect(item.locator(".gp-badge")).toContainText("de");
  await item.locator("summary").click();
  await item.getByLabel(`${region!.name} in German`).fill(`${region!.name} (de)`);
  await item.getByRole("button", { name: "Save names" }).click();
  await expect(item.getByText("Names saved.")).toBeVisible();
  await page.reload();
  const after = page
    .getByRole("region", { name: "Region names" })
    .getByRole("listitem")
    .filter({ hasText: region!.name });
  await expect(after).not.toContainText(/missing: .*de/);
  const [saved] = await adminDb().execute<{ name: string }>(
    sql`select name from region_translations where region_id = ${region!.id} and language = 'de'`,
  );
  expect(saved!.name).toBe(`${region!.name} (de)`);
});
