import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { selectPracticeRows } from "../src/admin-clicks";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, formAlert, formStatus } from "./admin-helpers";

// Curation safeguards: confirmation pages for merges and bulk withdrawals (without JavaScript),
// the history's list changes, topics needed to publish, outcome messages that never go stale, and
// the institution field as a searchable combobox. The practices used here are the last ones by id,
// away from the duplicate candidates and the other specs' practices, and are put back at the end.

test.afterAll(closeAdminDb);

/** Two published, untranslated practices from the end of the list, where B has a topic A lacks (a union adds it). */
async function mergePair() {
  const [pair] = await adminDb().execute<{ a: number; b: number; a_slug: string; b_slug: string }>(sql`
    select a.id as a, b.id as b, a.slug as a_slug, b.slug as b_slug
    from practices a join practices b on b.id < a.id
    where a.status = 'published' and b.status = 'published' and cardinality(a.topic_ids) > 0
      and not (b.topic_ids <@ a.topic_ids)
      and not exists (select 1 from duplicate_candidates c where c.practice_a_id in (a.id, b.id) or c.practice_b_id in (a.id, b.id))
      and not exists (select 1 from institutions i where i.id in (a.institution_id, b.institution_id) and i.name = 'Federal Pension Service')
      -- Nor translated by another spec (web-languages translates the last ones too): a translation's
      -- event in the history would stand where this spec expects the merge's restore button.
      and not exists (select 1 from practice_translations t where t.practice_id in (a.id, b.id))
    order by a.id desc, b.id desc limit 1`);
  return pair!;
}

async function published(offsetFromEnd: number) {
  const [row] = await adminDb().execute<{ id: number; slug: string; institution_id: number }>(sql`
    select id, slug, institution_id from practices where status = 'published' order by id desc offset ${offsetFromEnd} limit 1`);
  return row!;
}

/** How the institution field reads an institution: "Name (ACRONYM), Country". */
async function institutionText(id: number): Promise<string> {
  const [row] = await adminDb().execute<{ text: string }>(sql`
    select i.name || coalesce(' (' || i.acronym || ')', '') || ', ' || c.name as text
    from institutions i join countries c on c.id = i.country_id where i.id = ${id}`);
  return row!.text;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a merge is confirmed on its own page, which says who survives, what redirects and where each field comes from", async ({
    page,
    request,
  }) => {
    const pair = await mergePair();
    await page.goto(`${adminUrl}/duplicates/compare?a=${pair.a}&b=${pair.b}`);
    await page.getByRole("radio", { name: /^B \(/ }).check(); // keep B's address
    await page.getByRole("button", { name: "Merge these practices" }).click();

    await expect(page).toHaveURL(/\/duplicates\/merge\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm the merge");
    const survives = page.getByRole("listitem").filter({ hasText: "Survives:" });
    const redirects = page.getByRole("listitem").filter({ hasText: "Redirects:" });
    await expect(survives).toContainText(`#${pair.b}`);
    await expect(survives).toContainText(`/practices/${pair.b_slug}`);
    await expect(redirects).toContainText(`#${pair.a}`);
    await expect(redirects).toContainText(`/practices/${pair.a_slug} will redirect (308) to /practices/${pair.b_slug}`);
    const plan = page.getByRole("table", { name: "The merged practice, field by field" });
    await expect(plan.getByRole("row", { name: /^Topics/ })).toContainText("both (united)");
    await expect(plan.getByRole("row", { name: /^Summary/ })).toContainText(/A \(#\d+\)|both \(the same\)/);
    // Nothing has happened yet: the page only describes the merge.
    expect((await request.get(`${webUrl}/practices/${pair.a_slug}`, { maxRedirects: 0 })).status()).toBe(200);

    await page.getByRole("button", { name: `Merge #${pair.a} into #${pair.b}` }).click();
    await expect(page).toHaveURL(new RegExp(`/practices/${pair.b}/history\\?merged=${pair.a}`));
    expect((await request.get(`${webUrl}/practices/${pair.a_slug}`, { maxRedirects: 0 })).status()).toBe(308);

    // The history shows the united topics as topics added, none removed, not as a list replaced.
    const merge = page.locator(".gp-history__event").first();
    const topics = merge.getByRole("row", { name: /^Topics/ });
    await expect(topics).toContainText("Added:");
    await expect(topics).toContainText("Removed: none.");
    await expect(topics.locator("del")).toHaveCount(0);
    // Each of the two look-alike buttons says in one line what it does.
    await expect(merge.getByText("Undoes the merge: both practices are live again")).toBeVisible();
    await expect(
      page.getByText("Makes a new version with the values this practice had before this change"),
    ).toBeVisible();

    await merge.getByRole("button", { name: "Unmerge" }).click();
    await expect(formStatus(page)).toContainText("Unmerged: both practices are live again");
    expect((await request.get(`${webUrl}/practices/${pair.a_slug}`, { maxRedirects: 0 })).status()).toBe(200);
  });

  test("a bulk withdrawal is confirmed on its own page, listing the practices", async ({ page, request }) => {
    const [a, b] = [await published(2), await published(3)];
    await page.goto(`${adminUrl}/practices?sort=updatedAt&size=100`);
    await selectPracticeRows(page, [a, b]);
    await page.getByRole("button", { name: "Withdraw" }).click();

    await expect(page).toHaveURL(/\/practices\/withdraw\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Withdraw 2 practices?");
    const listed = page.getByRole("list", { name: "Practices to withdraw" }).getByRole("listitem");
    await expect(listed).toHaveCount(2);
    await expect(listed.filter({ hasText: `/practices/${a.slug}` })).toHaveCount(1);
    expect((await request.get(`${webUrl}/practices/${a.slug}`)).status()).toBe(200); // not yet

    await page.getByRole("button", { name: "Withdraw 2 practices" }).click();
    await expect(formStatus(page)).toHaveText("2 practices withdrawn.");
    expect((await request.get(`${webUrl}/practices/${a.slug}`)).status()).toBe(410);
    const rows = await adminDb().execute<{ status: string }>(
      sql`select status from practices where id in (${a.id}, ${b.id})`,
    );
    expect(rows.map((r) => r.status)).toEqual(["withdrawn", "withdrawn"]);

    // Put back: each published again from its edit form.
    for (const p of [a, b]) {
      await page.goto(`${adminUrl}/practices/${p.id}`);
      await page.getByRole("radio", { name: "Published" }).check();
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(formStatus(page)).toContainText("Saved as version");
    }
  });

  test("the institution is a searchable text field with the institutions as suggestions", async ({ page }) => {
    const p = await published(4);
    const [other] = await adminDb().execute<{ id: number; n: number }>(sql`
      select id, (select count(*)::int from institutions) as n from institutions where id <> ${p.institution_id} order by id limit 1`);
    await page.goto(`${adminUrl}/practices/${p.id}`);
    const field = page.getByLabel("Institution", { exact: true });
    await expect(page.locator("select#institutionId")).toHaveCount(0);
    await expect(field).toHaveValue(await institutionText(p.institution_id));
    await expect(page.locator("datalist#institutionId-options option")).toHaveCount(other!.n);

    await field.fill("No such institution");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#institutionId-error")).toHaveText("Choose an institution.");
    await expect(field).toHaveValue("No such institution"); // what was typed is kept

    await field.fill(await institutionText(other!.id));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(formStatus(page)).toContainText("Saved as version");
    const [row] = await adminDb().execute<{ institution_id: number }>(
      sql`select institution_id from practices where id = ${p.id}`,
    );
    expect(row!.institution_id).toBe(other!.id);
  });
});

/** Holds the page's next form POST until `release` is called: the moment "Saving…" shows. */
async function holdNextPost(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  return release;
}

test("a new submission clears the previous outcome while it is saving", async ({ page }) => {
  const p = await published(5);
  await page.goto(`${adminUrl}/practices/${p.id}`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(formStatus(page)).toHaveText("Nothing has changed, so nothing was saved.");

  const release = await holdNextPost(page, `${adminUrl}/practices/${p.id}`);
  await page.getByLabel("Title").fill("A title saved while the last message is gone");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
  await expect(page.getByText("Nothing has changed, so nothing was saved.")).toHaveCount(0);
  release();
  await expect(formStatus(page)).toContainText("Saved as version");
});

test("a new entry is published only with a topic", async ({ page }) => {
  const p = await published(0);
  await page.goto(`${adminUrl}/practices/new`);
  await page.getByLabel("Title").fill("An entry without topics");
  await page.getByLabel("Summary").fill("It has no topic yet, so it can be a draft but not published.");
  await page.getByLabel("Institution", { exact: true }).fill(await institutionText(p.institution_id));
  await page.getByRole("radio", { name: "Published" }).check();
  await page.getByRole("button", { name: "Create the entry" }).click();
  await expect(formAlert(page)).toHaveText("Please correct the fields marked below.");
  await expect(page.locator("#topics-error")).toHaveText(
    "A practice is published with at least one topic: choose its topics first.",
  );
  expect((await adminDb().execute(sql`select 1 from practices where title = 'An entry without topics'`)).length).toBe(
    0,
  );
});
