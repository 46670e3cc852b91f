import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb, resultCount } from "./web-helpers";

test.afterAll(closeE2eDb);

async function expectedSlugs(where: ReturnType<typeof sql>): Promise<string[]> {
  const rows = await e2eDb().execute<{ slug: string }>(sql`
    select p.slug from practices p join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id
    where p.status = 'published' and ${where} order by p.slug`);
  return rows.map((r) => r.slug);
}

test("the CSV download of the current selection has every matching row", async ({ page }) => {
  await page.goto("/practices?q=pension&country=belgium&pageSize=5");
  const total = await resultCount(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  const file = await (await download).path();
  const records = parse(await readFile(file), { columns: true, bom: true }) as Array<Record<string, string>>;
  // All matching rows, not just the page on screen.
  expect(records.length).toBe(total);
  expect(total).toBeGreaterThan(5);
  expect(records.map((r) => r.slug).sort()).toEqual(
    await expectedSlugs(sql`p.search_vector @@ websearch_to_tsquery('gp_english', 'pension') and c.slug = 'belgium'`),
  );
  for (const record of records) {
    expect(record.country).toBe("Belgium");
    expect(record.region).toBe("Europe");
    expect(record.url).toMatch(new RegExp(`/practices/${record.slug}$`));
    expect(record.summary!.length).toBeGreaterThan(20);
  }
  const [bullets] = await e2eDb().execute<{ slug: string; summary: string }>(
    sql`select slug, summary from practices where summary like '%•%' and status = 'published' limit 1`,
  );
  const everything = await page.request.get("/download/practices.csv");
  const all = parse(await everything.body(), { columns: true, bom: true }) as Array<Record<string, string>>;
  // Line breaks and bullets inside a summary survive the quoting.
  expect(all.find((r) => r.slug === bullets!.slug)?.summary).toBe(bullets!.summary);
});

test("the JSON download, the API and its description agree", async ({ request }) => {
  const json = await request.get("/download/practices.json?region=americas");
  expect(json.headers()["content-type"]).toContain("application/json");
  const items = (await json.json()) as Array<{ slug: string; region: string }>;
  expect(items.map((i) => i.slug).sort()).toEqual(
    await expectedSlugs(sql`c.region_id = (select id from regions where slug = 'americas')`),
  );

  const api = await request.get(
    "/api/practices?region=americas&pageSize=3&topic=error-evasion-and-fraud&topic=old-age-pensions",
  );
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(Object.keys(body).sort()).toEqual(["facets", "items", "page", "pageSize", "total"]);
  expect(Object.keys(body.facets).sort()).toEqual(["awardYear", "country", "implementationYear", "region", "topic"]);
  expect(body).toMatchObject({ page: 1, pageSize: 3 });
  expect(body.items.length).toBe(Math.min(3, body.total));
  expect(body.facets.region).toEqual(
    expect.arrayContaining([expect.objectContaining({ slug: "americas", name: "Americas" })]),
  );
  // Disjunctive: the region facet still offers Europe with its count.
  expect(body.facets.region.find((r: { slug: string }) => r.slug === "europe")?.count).toBeGreaterThan(0);
  for (const facet of ["topic", "country", "region"])
    for (const value of body.facets[facet]) expect(Object.keys(value).sort()).toEqual(["count", "name", "slug"]);

  const one = await request.get(`/api/practices/${body.items[0].slug}`);
  expect(await one.json()).toMatchObject({
    slug: body.items[0].slug,
    region: { slug: "americas" },
    sources: expect.arrayContaining([expect.objectContaining({ fileName: "000_d035195890cc90f6.txt" })]),
  });

  const openapi = await (await request.get("/api/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(["/api/practices", "/api/practices/{slug}"]);
});

test("the feed takes the search's filters; the sitemap lists the practices; robots points to it", async ({
  request,
}) => {
  const feed = await request.get("/feed.xml?country=paraguay");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  const entries = xml.match(/<entry>/g) ?? [];
  expect(entries.length).toBe(Math.min(50, (await expectedSlugs(sql`c.slug = 'paraguay'`)).length));
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("/sitemaps/pages.xml");
  const practices = await (await request.get("/sitemaps/practices-1.xml")).text();
  expect((practices.match(/<url>/g) ?? []).length).toBe((await expectedSlugs(sql`true`)).length);
  expect(await (await request.get("/sitemaps/pages.xml")).text()).toContain("/topics/error-evasion-and-fraud</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
});
