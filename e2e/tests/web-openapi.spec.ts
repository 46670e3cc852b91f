import { Validator } from "@seriousme/openapi-schema-validator";
import { type APIResponse, expect, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { sql } from "drizzle-orm";
import { closeE2eDb, e2eDb } from "./web-helpers";

// Every answer the API documents, produced by the running app and checked against the document it
// serves: the document itself against the OpenAPI 3.1 schema, each body against its JSON Schema
// (2020-12, Ajv), each documented header present. A test at the end makes sure that every status
// the document lists for each path was produced here, so a new documented answer needs a case.

type Operation = { responses: Record<string, ResponseSpec> };
type ResponseSpec = {
  headers?: Record<string, { required?: boolean; schema: object }>;
  content?: Record<string, { schema: object }>;
};

let document: { info: { license: unknown }; security: unknown; paths: Record<string, { get: Operation }> };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const seen = new Set<string>();

test.beforeAll(async ({ request }) => {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const validator = new Validator();
  const result = await validator.validate(await response.json());
  expect(result.errors ?? []).toEqual([]);
  expect(validator.version).toBe("3.1");
  // $refs resolved: each answer's schema stands alone.
  document = validator.resolveRefs() as typeof document;
});
test.afterAll(closeE2eDb);

/** Checks a live answer against what the document says for that path and status. */
async function expectDocumented(path: string, response: APIResponse): Promise<void> {
  const status = String(response.status());
  const spec = document.paths[path]!.get.responses[status];
  expect(spec, `${path} answered ${status}, which the document does not list`).toBeDefined();
  seen.add(`${path} ${status}`);
  for (const [name, header] of Object.entries(spec!.headers ?? {})) {
    const value = response.headers()[name.toLowerCase()];
    if (header.required) expect(value, `${name} header of ${status}`).toBeDefined();
    if (value === undefined) continue;
    const parsed = "type" in header.schema && header.schema.type === "integer" ? Number(value) : value;
    const check = ajv.compile(header.schema);
    expect(check(parsed) ? [] : check.errors, `${name}: ${value}`).toEqual([]);
  }
  const content = spec!.content;
  if (!content) {
    expect(await response.body()).toHaveLength(0);
    return;
  }
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const check = ajv.compile(content["application/json"]!.schema);
  const body: unknown = await response.json();
  expect(check(body) ? [] : check.errors, JSON.stringify(body).slice(0, 300)).toEqual([]);
}

const search = "/api/practices";
const one = "/api/practices/{slug}";

async function publishedSlugs(n: number): Promise<string[]> {
  const rows = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id desc limit ${n}`,
  );
  return rows.map((r) => r.slug);
}

test("the document is valid OpenAPI 3.1, public (security: []), with the data's licence from the settings", () => {
  expect(document.security).toEqual([]);
  // The e2e apps run with the default: no licence chosen yet, and the document says so.
  expect(document.info.license).toEqual({ name: "not yet stated" });
});

test("the licence shows in the site's footer and in both downloads' headers", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator("footer")).toContainText("Data licence: not yet stated.");
  for (const file of ["/download/practices.csv?pageSize=1", "/download/practices.json?q=pension"]) {
    const response = await request.get(file);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-data-license"]).toBe("not yet stated");
    // No licence URL is set, so there is nothing to link to.
    expect(response.headers().link).toBeUndefined();
  }
});

test("search answers 200 (with and without q, filters, pages) and 400, as documented", async ({ request }) => {
  const [topic] = await e2eDb().execute<{ slug: string }>(
    sql`select t.slug from topics t join practices p on p.topic_ids @> array[t.id] group by t.slug order by count(*) desc limit 1`,
  );
  for (const query of ["", "?q=pension", `?topic=${topic!.slug}&sort=newest-implementation&pageSize=3&page=2`])
    await expectDocumented(search, await request.get(`${search}${query}`));
  for (const query of ["?page=0", "?topic=no-such-topic", "?implementedFrom=abc&awardYear=1"]) {
    const response = await request.get(`${search}${query}`);
    expect(response.status()).toBe(400);
    await expectDocumented(search, response);
  }
});

test("one practice answers 200, 400, 404, 308 (merged) and 410 (withdrawn), as documented", async ({ request }) => {
  const [merged, survivor, withdrawn] = await publishedSlugs(3);
  await expectDocumented(one, await request.get(`/api/practices/${survivor}`));
  const malformed = await request.get("/api/practices/%E0%A4%A");
  expect(malformed.status()).toBe(400);
  await expectDocumented(one, malformed);
  const missing = await request.get("/api/practices/no-such-practice");
  expect(missing.status()).toBe(404);
  await expectDocumented(one, missing);
  try {
    await e2eDb().execute(sql`
      update practices set status = 'merged', merged_into_id = (select id from practices where slug = ${survivor!})
      where slug = ${merged!}`);
    await e2eDb().execute(sql`update practices set status = 'withdrawn' where slug = ${withdrawn!}`);
    const moved = await request.get(`/api/practices/${merged}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    await expectDocumented(one, moved);
    const gone = await request.get(`/api/practices/${withdrawn}`);
    expect(gone.status()).toBe(410);
    await expectDocumented(one, gone);
  } finally {
    await e2eDb().execute(sql`
      update practices set status = 'published', merged_into_id = null where slug in (${merged!}, ${withdrawn!})`);
  }
});

test("both paths answer 503 as documented when the database takes too long", async ({ request }) => {
  const [slug] = await publishedSlugs(1);
  // The app's queries wait on this lock until its statement timeout cancels them.
  await e2eDb().transaction(async (tx) => {
    await tx.execute(sql`lock table practices in access exclusive mode`);
    for (const url of [`/api/practices/${slug}`, `${search}?q=${Date.now().toString(36)}x`]) {
      const response = await request.get(url, { timeout: 60_000 });
      expect(response.status()).toBe(503);
      await expectDocumented(url.startsWith(`${search}?`) ? search : one, response);
    }
  });
});

test("every answer the document lists was produced and checked above", () => {
  const documented = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item.get.responses).map((status) => `${path} ${status}`),
  );
  expect([...seen].sort()).toEqual(documented.sort());
});
