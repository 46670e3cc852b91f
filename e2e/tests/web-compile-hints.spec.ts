import { expect, test } from "@playwright/test";

// Every script the search page loads starts with V8's compile hint (apps/web/src/build/compile-hints.ts):
// Chromium then compiles it off the main thread as it downloads, which took the longest task of the
// page's load on a phone (Lighthouse's Total Blocking Time) from the main thread.
test("the search page's scripts ask V8 to compile them eagerly, off the main thread", async ({ request }) => {
  const html = await (await request.get("/practices")).text();
  const sources = [...html.matchAll(/<script src="([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(sources.length).toBeGreaterThan(3);
  for (const src of sources) {
    const script = await (await request.get(src)).text();
    expect(script.startsWith("//# allFunctionsCalledOnLoad\n"), src).toBe(true);
  }
});
