// fast-check fuzzing of the public site (production build): every query parameter of the search,
// the API, the downloads and the feed, every route with a path parameter (practice, browse and
// sitemap pages, the API's practice), and the other files, with real, hostile, unicode, long and
// repeated values. Never a 500: the API and files answer 200 or a JSON 4xx that names the problem.
// web-bad-input.spec.ts holds the hand-written cases; failures here print fast-check's seed to replay.
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { adminUrl } from "../src/env";
import { closeE2eDb, e2eDb } from "./web-helpers";
import { expectApiError, type Known, percentEncode, queryArbitrary, segmentArbitrary } from "./web-fuzz-helpers";

test.describe.configure({ timeout: 300_000 });

let known: Known;
let requests = 0;

test.beforeAll(async () => {
  const slugs = async (table: string, where = sql`true`) =>
    (
      await e2eDb().execute<{ slug: string }>(
        sql`select slug from ${sql.identifier(table)} where ${where} order by slug limit 15`,
      )
    ).map((r) => r.slug);
  known = {
    topic: await slugs("topics"),
    country: await slugs("countries", sql`exists (select 1 from institutions i where i.country_id = countries.id)`),
    region: await slugs("regions"),
    institution: await slugs("institutions"),
    practice: await slugs("practices", sql`status = 'published'`),
  };
  for (const [name, values] of Object.entries(known)) expect(values.length, name).toBeGreaterThan(0);
});

test.afterAll(async () => {
  console.info(`web-fuzz: ${requests} requests`);
  await closeE2eDb();
});

async function get(
  request: APIRequestContext,
  path: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  requests++;
  const response = await request.get(path, { maxRedirects: 0, headers });
  expect(response.status(), path.slice(0, 300)).toBeLessThan(500);
  return response;
}

test("the search API answers 200 or a 400 naming the bad parameters, whatever the query string", async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(queryArbitrary(known), async (query) => {
      const response = await get(request, `/api/practices${query}`);
      expect([200, 400], query).toContain(response.status());
      if (response.status() === 400) return expectApiError(response, query, { issues: true });
      const body = (await response.json()) as { total: number; page: number; pageSize: number; items: unknown[] };
      expect(Number.isInteger(body.total) && body.items.length <= body.pageSize, query).toBe(true);
    }),
    { numRuns: 70 },
  );
});

test("the downloads and the feed answer a whole file or a 400 naming the bad parameters", async ({ request }) => {
  const file = fc.constantFrom("/download/practices.csv", "/download/practices.json", "/feed.xml");
  await fc.assert(
    fc.asyncProperty(file, queryArbitrary(known), async (path, query) => {
      const response = await get(request, `${path}${query}`);
      expect([200, 400], query).toContain(response.status());
      if (response.status() === 400) return expectApiError(response, query, { issues: true });
      // The body is read to its end: a stream that fails half-way would throw here.
      const body = await response.text();
      if (path.endsWith(".csv")) expect(body.startsWith("\uFEFFslug,"), query).toBe(true);
      else if (path.endsWith(".json")) expect(() => JSON.parse(body), query).not.toThrow();
      else expect(body.trimEnd().endsWith("</feed>"), query).toBe(true);
    }),
    { numRuns: 40 },
  );
});

test("the search page shows a page for any query string", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(queryArbitrary(known), async (query) => {
      const response = await get(request, `/practices${query}`, { accept: "text/html" });
      // A valid search with empty or redundant parameters is sent to its canonical address.
      if (response.status() === 307) {
        expect(response.headers().location, query).toMatch(/^\/practices(\?|$)/);
        return;
      }
      expect(response.status(), query).toBe(200);
      expect(await response.text(), query).toContain('id="results-heading"');
    }),
    { numRuns: 35 },
  );
});

test("practice, browse and sitemap pages and the API's practice answer without a server error, whatever the slug", async ({
  request,
}) => {
  const route = fc.oneof(
    fc.tuple(fc.constant("/practices/"), segmentArbitrary(known.practice)),
    fc.tuple(fc.constant("/api/practices/"), segmentArbitrary(known.practice)),
    fc.tuple(fc.constant("/topics/"), segmentArbitrary(known.topic)),
    fc.tuple(fc.constant("/countries/"), segmentArbitrary(known.country)),
    fc.tuple(fc.constant("/institutions/"), segmentArbitrary(known.institution)),
    fc.tuple(
      fc.constant("/sitemaps/"),
      fc.oneof(
        fc.constantFrom("pages.xml", "practices-1.xml", "practices-0.xml", "practices-99999.xml", "practices-1.xml.gz"),
        segmentArbitrary(["pages.xml"]),
      ),
    ),
  );
  await fc.assert(
    fc.asyncProperty(route, queryArbitrary(known), async ([base, segment], query) => {
      const path = `${base}${segment}${query}`;
      const response = await get(request, path, {
        accept: base.startsWith("/api/") ? "application/json" : "text/html",
      });
      // 400: an address with a malformed escape (answered by the proxy, as JSON).
      expect([200, 308, 400, 404, 410], path).toContain(response.status());
      if (response.status() === 400 || (base === "/api/practices/" && response.status() >= 400))
        await expectApiError(response, path);
      // 308: a merged practice to its survivor, or a trailing slash dropped.
      if (response.status() === 308)
        expect(response.headers().location, path).toMatch(new RegExp(`^(https?://[^/]+)?${base.slice(0, -1)}`));
    }),
    { numRuns: 60 },
  );
});

test("the other pages and files ignore junk parameters and odd forwarded hosts", async ({ request }) => {
  const path = fc.constantFrom(
    "/",
    "/topics",
    "/countries",
    "/sitemap.xml",
    "/robots.txt",
    "/api/openapi.json",
    "/api/health",
    "/map/world.svg",
    "/feed.xml",
    "/api/practices",
  );
  const host = fc.oneof(
    fc.constant(undefined),
    fc.string({ unit: "grapheme-ascii", maxLength: 60 }).filter((h) => /^[\x21-\x7e]*$/.test(h)),
    fc.constantFrom("example.org", "a:b:c", "[::1]", "x".repeat(300)),
  );
  const proto = fc.oneof(fc.constant(undefined), fc.constantFrom("https", "ftp", "javascript", "", "http://"));
  await fc.assert(
    fc.asyncProperty(path, queryArbitrary(known), host, proto, async (p, query, forwardedHost, forwardedProto) => {
      const headers: Record<string, string> = { accept: "text/html" };
      if (forwardedHost !== undefined) headers["x-forwarded-host"] = forwardedHost;
      if (forwardedProto !== undefined) headers["x-forwarded-proto"] = forwardedProto;
      const response = await get(request, `${p}${query}`, headers);
      // Only the selection of the API and the feed can be invalid; the rest ignore parameters.
      expect(p === "/api/practices" || p === "/feed.xml" ? [200, 400] : [200], `${p}${query}`).toContain(
        response.status(),
      );
    }),
    { numRuns: 30 },
  );
});

test("a huge q is refused with a clear 4xx: near the server's header limit, and past it", async ({ request }) => {
  // Node.js reads at most 16 KiB of request line and headers; this URL stays just under that.
  for (const path of ["/api/practices", "/download/practices.csv", "/download/practices.json", "/feed.xml"]) {
    const response = await get(request, `${path}?q=${"pension+".repeat(1900)}`);
    expect(response.status(), path).toBe(400);
    await expectApiError(response, path, { issues: true });
    expect(((await response.json()) as { issues: Array<{ param: string; message: string }> }).issues).toEqual([
      { param: "q", message: "The search text is too long (15199 characters); use at most 300 characters." },
    ]);
  }
  const page = await get(request, `/practices?q=${percentEncode("é".repeat(2500))}`, { accept: "text/html" });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("The search text is too long (2500 characters)");

  // Past the limit (20,000 characters, and 2,000 multi-byte ones: 18,000 once encoded), Node.js
  // answers 431 itself, before the app. Not far past it: Node.js answers after reading 16 KiB and
  // closes the connection, and a client still writing a larger request (100,000 characters were
  // tried) may fail with EPIPE before it reads the answer, which made this test fail now and then.
  for (const q of ["x".repeat(20_000), percentEncode("日本".repeat(1_000))]) {
    for (const path of ["/api/practices", "/practices"]) {
      const response = await get(request, `${path}?q=${q}`);
      expect(response.status(), path).toBe(431);
    }
  }
  // Many repeated parameters: past 50 values a filter is refused as a whole.
  const repeated = await get(
    request,
    `/api/practices?${Array.from({ length: 1000 }, (_, i) => `topic=t${i}`).join("&")}`,
  );
  expect(repeated.status()).toBe(400);
  expect(((await repeated.json()) as { issues: unknown[] }).issues).toEqual([
    { param: "topic", message: "topic takes at most 50 values." },
  ]);
});

test("what fuzzing found stays fixed: bad escapes and NUL characters in paths and q", async ({ request }) => {
  // Next.js cannot decode these dynamic segments; each app's proxy refuses them with a JSON 400
  // (the admin app's too, before it asks for a session).
  for (const path of [
    "/institutions/%",
    "/topics/%zz",
    "/api/practices/%ED%A0%80",
    "/sitemaps/%E",
    `${adminUrl}/practices/%`,
    `${adminUrl}/duplicates/%zz/x`,
  ]) {
    const response = await get(request, path, { accept: "text/html" });
    expect(response.status(), path).toBe(400);
    await expectApiError(response, path);
  }
  // PostgreSQL text cannot hold a NUL: a slug with one names nothing, a q with one is refused.
  expect((await get(request, "/api/practices/%00")).status()).toBe(404);
  expect((await get(request, "/practices/a%00b", { accept: "text/html" })).status()).toBe(404);
  const search = await get(request, "/api/practices?q=pension%00");
  expect(search.status()).toBe(400);
  expect(((await search.json()) as { issues: unknown[] }).issues).toEqual([
    { param: "q", message: "The search text contains a NUL character (%00); remove it." },
  ]);
  const page = await get(request, "/practices?q=a%00b", { accept: "text/html" });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("The search text contains a NUL character");
});
