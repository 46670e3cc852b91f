import { expect, test } from "@playwright/test";

// What keeps the search page's main thread short on a phone (Lighthouse's Total Blocking Time,
// apps/web/README.md): the scripts compile off the main thread, and the first layout is of the first cards.

// Every script the search page loads starts with V8's compile hint (apps/web/src/build/compile-hints.ts):
// Chromium then compiles it off the main thread as it downloads.
test("the search page's scripts ask V8 to compile them eagerly, off the main thread", async ({ request }) => {
  const html = await (await request.get("/practices")).text();
  const sources = [...html.matchAll(/<script src="([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(sources.length).toBeGreaterThan(3);
  for (const src of sources) {
    const script = await (await request.get(src)).text();
    expect(script.startsWith("//# allFunctionsCalledOnLoad\n"), src).toBe(true);
  }
});

test("on a phone, the cards below the first three are laid out as they come near, and show when scrolled to", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/practices");
  const cards = page.locator(".gp-results > li");
  await expect(cards).toHaveCount(20);
  const skipped = (index: number) =>
    cards
      .nth(index)
      .locator("article")
      .evaluate((card) => card.checkVisibility({ contentVisibilityAuto: true }) === false);
  // A card not yet laid out has a placeholder height, and no width that would widen the page past the phone's.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The fourth card on: their content is skipped (not rendered) until they near the viewport.
  expect(await skipped(2)).toBe(false);
  expect(await skipped(19)).toBe(true);
  await cards.nth(19).scrollIntoViewIfNeeded();
  await expect(cards.nth(19).getByRole("heading")).toBeVisible();
  expect(await skipped(19)).toBe(false);
});
