import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb } from "./web-helpers";

test.afterAll(closeE2eDb);

test("open a practice from the search, then follow one of its topic links", async ({ page }) => {
  await page.goto("/practices?q=fraud");
  const first = page.locator(".gp-result").first();
  const title = (await first.getByRole("heading").textContent())!.trim();
  await first.getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const [row] = await e2eDb().execute<{ institution: string; country: string; topics: string[]; summary: string }>(sql`
    select i.name as institution, c.name as country, p.summary,
      array(select t.name from topics t where t.id = any(p.topic_ids) order by t.name) as topics
    from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id where p.slug = ${slug}`);
  const facts = page.locator(".gp-facts");
  await expect(facts.getByRole("link", { name: row!.institution })).toBeVisible();
  await expect(facts.getByRole("link", { name: row!.country })).toBeVisible();
  await expect(page.locator(".gp-prose")).toContainText(row!.summary.split("\n")[0]!.replace(/\s+/g, " ").slice(0, 60));
  await expect(page.getByRole("heading", { name: "Where this comes from" })).toBeVisible();
  await expect(page.getByText(/ISSA export 000_d035195890cc90f6\.txt, record at line \d+/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related practices" })).toBeVisible();

  // Metadata for sharing and for search engines.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "CreativeWork", name: title, spatialCoverage: { name: row!.country } });

  const topic = row!.topics[0]!;
  await facts
    .getByRole("link", { name: new RegExp(`${topic.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic);
  await expect(page).toHaveURL(/\/topics\//);
  // The topic page lists practices under the topic, this one among them (the list is by newest award).
  const [count] = await e2eDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices p where p.status = 'published'
      and p.topic_ids && array(with recursive sub as (select id from topics where name = ${topic} union select t.id from topics t join sub on t.parent_id = sub.id) select id from sub)`);
  await expect(page.locator("#practices-heading")).toContainText(`(${count!.n} practice`);
});

test("a country on the map links to the search filtered by that country", async ({ page }) => {
  await page.goto("/");
  const paraguay = page.locator(".gp-map__country", { has: page.locator("title", { hasText: /^Paraguay:/ }) });
  await expect(paraguay).toHaveCount(1);
  await paraguay.click();
  await expect(page).toHaveURL(/\/practices\?country=paraguay$/);
  await expect(page.getByRole("link", { name: "Remove filter Country: Paraguay" })).toBeVisible();
  const [row] = await e2eDb().execute<{ n: number }>(sql`
    select count(*)::int as n from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id
    where p.status = 'published' and c.slug = 'paraguay'`);
  await expect(page.locator("#results-heading")).toHaveText(`${row!.n} practices`);

  // The table beside the map carries the same links for keyboards and screen readers.
  await page.goto("/");
  await page.getByText(/Practices by country \(\d+\), as a table/).click();
  await page.getByRole("table").getByRole("link", { name: "Belgium" }).click();
  await expect(page).toHaveURL(/\/practices\?country=belgium$/);
});

test("an edit in the database shows at the next page load", async ({ page }) => {
  const [row] = await e2eDb().execute<{ slug: string; title: string | null }>(
    sql`select slug, title from practices where status = 'published' order by id limit 1`,
  );
  await page.goto(`/practices/${row!.slug}`);
  try {
    await e2eDb().execute(
      sql`update practices set title = 'A title an editor just set', curated_at = now() where slug = ${row!.slug}`,
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A title an editor just set");
    await expect(page.getByText("Provisional title")).toHaveCount(0);
    await expect(page.getByText(/Last curated by an editor on/)).toBeVisible();
    await page.goto("/practices?q=%22editor+just+set%22");
    await expect(page.locator(".gp-result").first().getByRole("heading")).toHaveText("A title an editor just set");
  } finally {
    await e2eDb().execute(sql`update practices set title = ${row!.title}, curated_at = null where slug = ${row!.slug}`);
  }
});
