import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { mergeAndConfirm } from "../src/admin-clicks";
import { adminUrl, webUrl } from "../src/env";
import { adminDb, closeAdminDb, formStatus } from "./admin-helpers";

// Each test builds on the state the one before left: they run in order, and stop at the first failure.
test.describe.configure({ mode: "serial" });
test.afterAll(closeAdminDb);

type Candidate = { id: number; a: number; b: number; a_slug: string; b_slug: string; score: number };

async function openCandidates(): Promise<Candidate[]> {
  return adminDb().execute<Candidate>(sql`
    select c.id, c.practice_a_id as a, c.practice_b_id as b, pa.slug as a_slug, pb.slug as b_slug, c.score
    from duplicate_candidates c join practices pa on pa.id = c.practice_a_id join practices pb on pb.id = c.practice_b_id
    where c.status = 'open' order by c.score desc`);
}

const location = (response: { headers(): Record<string, string> }) =>
  new URL(response.headers().location!, webUrl).pathname;

test("the queue lists the open candidates, most similar first", async ({ page }) => {
  const candidates = await openCandidates();
  expect(candidates.length).toBe(2); // the sample listing has two near-duplicate pairs
  await page.goto(`${adminUrl}/duplicates`);
  const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Compare/ }) });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`${Math.round(candidates[0]!.score * 100)}%`);
  await expect(rows.nth(1)).toContainText(`${Math.round(candidates[1]!.score * 100)}%`);
});

test("merging a candidate redirects the merged practice's public address; unmerging restores both", async ({
  page,
  request,
}) => {
  const [pair] = await openCandidates();
  await page.goto(`${adminUrl}/duplicates/${pair!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare a possible duplicate");
  // The differing summary words are highlighted on each side.
  await expect(page.locator(".gp-compare mark.gp-diff-mark").first()).toBeVisible();
  await page.getByRole("radio", { name: /^B \(/ }).check(); // keep B's address
  await mergeAndConfirm(page, pair!.a, pair!.b);
  await expect(page).toHaveURL(new RegExp(`/practices/${pair!.b}/history`));
  await expect(page.locator(".gp-history__event").first()).toContainText("Another practice was merged into this one");
  await expect(formStatus(page)).toContainText(`Merged: #${pair!.a} is now part of this practice`);

  const redirected = await request.get(`${webUrl}/practices/${pair!.a_slug}`, { maxRedirects: 0 });
  expect(redirected.status()).toBe(308);
  expect(location(redirected)).toBe(`/practices/${pair!.b_slug}`);
  const [merged] = await adminDb().execute<{ status: string; merged_into_id: number; topics: number }>(sql`
    select status, merged_into_id, (select cardinality(topic_ids) from practices where id = ${pair!.b}) as topics from practices where id = ${pair!.a}`);
  expect(merged).toMatchObject({ status: "merged", merged_into_id: pair!.b });
  const [union] = await adminDb().execute<{ n: number }>(sql`
    select count(distinct t)::int as n from practices, unnest(topic_ids) t where id in (${pair!.a}, ${pair!.b})`);
  expect(merged!.topics).toBe(union!.n); // topics united by default
  expect(
    (
      await adminDb().execute<{ status: string }>(sql`select status from duplicate_candidates where id = ${pair!.id}`)
    )[0]!.status,
  ).toBe("merged");

  page.on("dialog", (dialog) => void dialog.accept());
  await page.locator(".gp-history__event").first().getByRole("button", { name: "Unmerge" }).click();
  await expect(page).toHaveURL(new RegExp(`/practices/${pair!.a}/history\\?unmerged=${pair!.b}$`));
  await expect(formStatus(page)).toContainText("Unmerged: both practices are live again");
  expect((await request.get(`${webUrl}/practices/${pair!.a_slug}`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get(`${webUrl}/practices/${pair!.b_slug}`, { maxRedirects: 0 })).status()).toBe(200);
  expect(
    (
      await adminDb().execute<{ status: string }>(sql`select status from duplicate_candidates where id = ${pair!.id}`)
    )[0]!.status,
  ).toBe("open");
});

test("dismissing a candidate takes it out of the queue for good", async ({ page }) => {
  const candidates = await openCandidates();
  const last = candidates.at(-1)!;
  await page.goto(`${adminUrl}/duplicates/${last.id}`);
  await page.getByRole("button", { name: "Not a duplicate: dismiss" }).click();
  await expect(page).toHaveURL(`${adminUrl}/duplicates?dismissed=1`);
  await expect(formStatus(page)).toHaveText("Dismissed: this pair will not be proposed again.");
  await expect(page.locator(`a[href="/duplicates/${last.id}"]`)).toHaveCount(0);
  const [row] = await adminDb().execute<{ status: string; decided_by: string }>(sql`
    select c.status, u.email as decided_by from duplicate_candidates c join users u on u.id = c.decided_by_id where c.id = ${last.id}`);
  expect(row).toEqual({ status: "dismissed", decided_by: "admin@e2e.test" });
});

test("any two practices found by search can be merged", async ({ page, request }) => {
  const [a, b] = await adminDb().execute<{ id: number; slug: string }>(sql`
    select p.id, p.slug from practices p join institutions i on i.id = p.institution_id
    where p.status = 'published' and i.name = 'Federal Pension Service' order by p.id limit 2`);
  await page.goto(`${adminUrl}/duplicates/compare`);
  await page.getByLabel("Words, part of a title, a slug or an id").fill(String(a!.id));
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("list", { name: "Matching practices" })
    .getByRole("link", { name: new RegExp(`^#${a!.id} `) })
    .click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(`Find the practice to compare with #${a!.id}`);
  await page.getByLabel("Words, part of a title, a slug or an id").fill(b!.slug);
  await page.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("list", { name: "Matching practices" })
    .getByRole("link", { name: new RegExp(`^#${b!.id} `) })
    .click();
  await mergeAndConfirm(page, b!.id, a!.id);
  await expect(page).toHaveURL(new RegExp(`/practices/${a!.id}/history`));
  expect(location(await request.get(`${webUrl}/practices/${b!.slug}`, { maxRedirects: 0 }))).toBe(
    `/practices/${a!.slug}`,
  );

  // Unmerge from the merged practice's own history, and everything is as before.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto(`${adminUrl}/practices/${b!.id}/history`);
  await page.locator(".gp-history__event").first().getByRole("button", { name: "Unmerge" }).click();
  await expect(formStatus(page)).toContainText("Unmerged: both practices are live again");
  expect((await request.get(`${webUrl}/practices/${b!.slug}`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await adminDb().execute(sql`select 1 from duplicate_candidates where method = 'editor'`)).length).toBe(0);
});
