import { expect, test } from "@playwright/test";

test("invalid values get a clear message on the page, never a 500", async ({ page }) => {
  const response = await page.goto("/practices?page=-1&awardYear=abc&topic=no-such-topic&utm_source=newsletter");
  expect(response!.status()).toBe(200);
  const alert = page.locator(".gp-alert", { hasText: "Part of this search was ignored" });
  await expect(alert).toContainText('page must be a whole number from 1 to 1000; "-1" is not.');
  await expect(alert).toContainText('awardYear must be a year between 1900 and 2200; "abc" is not.');
  await expect(alert).toContainText('There is no topic "no-such-topic".');
  await expect(alert).not.toContainText("utm_source");
  // The rest of the search still runs.
  await expect(page.locator(".gp-result").first()).toBeVisible();

  await page.goto(`/practices?q=${"pension ".repeat(1280)}`);
  await expect(page.locator(".gp-alert")).toContainText("The search text is too long (10239 characters)");
});

test("the API answers 400 naming the parameter", async ({ request }) => {
  for (const [query, param] of [
    ["page=-1", "page"],
    ["awardYear=abc", "awardYear"],
    ["country=atlantis", "country"],
    ["sort=random", "sort"],
    [`q=${"x".repeat(10_000)}`, "q"],
  ] as const) {
    const response = await request.get(`/api/practices?${query}`);
    expect(response.status(), query.slice(0, 30)).toBe(400);
    const body = await response.json();
    expect(body.issues.map((i: { param: string }) => i.param)).toEqual([param]);
    expect(body.error).toContain(param);
  }
  expect((await request.get("/api/practices?unknown=1&pageSize=1")).status()).toBe(200);
  expect((await request.get("/download/practices.csv?implementedFrom=soon")).status()).toBe(400);
  expect((await request.get("/feed.xml?region=nowhere")).status()).toBe(400);
});

test("odd paths and values are answered without a server error", async ({ request }) => {
  const paths = [
    "/practices/%E2%80%8B",
    "/practices/" + "a".repeat(300),
    "/topics/nope",
    "/countries/atlantis",
    "/institutions/none",
    "/sitemaps/practices-99.xml",
    "/practices?q=%22unclosed",
    "/practices?q=-",
    "/practices?q=!%26|():*",
    "/practices?implementedFrom=2020&implementedTo=2010",
    "/practices?pageSize=0",
    "/practices?page=1000",
    "/api/practices?q=or+or+or",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
});
