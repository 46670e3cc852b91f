import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { webUrl } from "../src/env";
import { closeE2eDb, e2eDb } from "./web-helpers";

// The public site writes absolute links from its configured address (PUBLIC_SITE_URL), never from
// the Host or X-Forwarded-Host a client sent, and every answer says how it may be cached: a shared
// cache in front must never keep, and hand to others, a link to a host an attacker chose.

test.afterAll(closeE2eDb);

const evil = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "evil.example" };

test("no answer carries a forwarded host, and every answer has Cache-Control, 308s and errors included", async ({
  request,
}) => {
  const rows = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id desc limit 3`,
  );
  const [merged, survivor, withdrawn] = rows.map((r) => r.slug) as [string, string, string];
  try {
    await e2eDb().execute(
      sql`update practices set status = 'merged', merged_into_id = (select id from practices where slug = ${survivor}) where slug = ${merged}`,
    );
    await e2eDb().execute(sql`update practices set status = 'withdrawn' where slug = ${withdrawn}`);
    const answers: Array<[string, number]> = [
      ["/", 200],
      ["/practices?q=pension", 200],
      [`/practices/${survivor}`, 200],
      [`/practices/${merged}`, 308],
      [`/practices/${withdrawn}`, 410],
      ["/practices/no-such-practice", 404],
      ["/topics", 200],
      ["/api/practices?pageSize=5", 200],
      ["/api/practices?page=-1", 400],
      [`/api/practices/${survivor}`, 200],
      [`/api/practices/${merged}`, 308],
      [`/api/practices/${withdrawn}`, 410],
      ["/api/practices/no-such-practice", 404],
      ["/api/openapi.json", 200],
      ["/api/health", 200],
      ["/robots.txt", 200],
      ["/sitemap.xml", 200],
      ["/sitemaps/pages.xml", 200],
      ["/sitemaps/practices-1.xml", 200],
      ["/feed.xml", 200],
      ["/download/practices.csv?q=pension", 200],
      ["/download/practices.json?q=pension", 200],
      ["/map/world.svg", 200],
      ["/practices/%E0%A4%A", 400],
    ];
    for (const [path, status] of answers) {
      const response = await request.get(path, { headers: evil, maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      expect(response.headers()["cache-control"], `${path} has Cache-Control`).toBeTruthy();
      expect(`${response.headers().location ?? ""}\n${await response.text()}`, path).not.toContain("evil.example");
    }
    // The redirects name the configured address.
    const page = await request.get(`/practices/${merged}`, { headers: evil, maxRedirects: 0 });
    expect(page.headers().location).toBe(`${webUrl}/practices/${survivor}`);
    // The links that are there name the configured address.
    const robots = await (await request.get("/robots.txt", { headers: evil })).text();
    expect(robots).toContain(`Sitemap: ${webUrl}/sitemap.xml`);
    const api = (await (await request.get(`/api/practices/${merged}`, { headers: evil, maxRedirects: 0 })).headers())
      .location;
    expect(api).toBe(`${webUrl}/api/practices/${survivor}`);
    const openapi = (await (await request.get("/api/openapi.json", { headers: evil })).json()) as {
      servers: Array<{ url: string }>;
    };
    expect(openapi.servers.map((s) => s.url)).toEqual([webUrl]);
  } finally {
    await e2eDb().execute(
      sql`update practices set status = 'published', merged_into_id = null where slug in (${merged}, ${survivor}, ${withdrawn})`,
    );
  }
});
