import { expect, test } from "@playwright/test";

// The search page's weight on the sample data, in bytes of uncompressed HTML (the page and the flight
// data Next.js inlines in it for hydration). Issue 10 sets 80 KB for /practices?q=pension at 100k
// practices, at the default page size; the sample's default page, /practices, carries as many cards
// (twenty) and the same top-ten facet lists, so it must fit the same budget. It weighed 110 KB (109,990 bytes) when
// cards, facets and the map were markup strings with a copy in the flight data, and 72 KB (72,129 bytes) after;
// with the languages (switcher, hreflang alternates): 76,007 bytes in English, 80,001 in French, 80,283 in German;
// then 72,154, 75,543, 75,950 and 75,299 (es) once the cards name each topic once for all of them, the facets'
// options are tuples without a class each, a card says "In English, not yet translated" in a few words and the
// pagination's "Page 2" is a label rather than a hidden span (at 100k: 72,529, 76,453, 76,250 and 75,741 bytes).
const BUDGET = 80_000;

// English at its unprefixed address, and each other language of the site (issue 11: the budgets hold there too).
for (const path of ["/practices", "/fr/practices", "/de/practices", "/es/practices"]) {
  test(`the default search page stays within its byte budget: ${path}`, async ({ request }) => {
    const response = await request.get(path, { headers: { accept: "text/html" } });
    expect(response.status()).toBe(200);
    const html = await response.body();
    // The budget is for a full page: twenty cards and every facet.
    expect(html.toString("utf8").match(/<article class="gp-result"/g)).toHaveLength(20);
    expect(html.toString("utf8")).toContain('id="facet-institution"');
    console.log(`${path}: ${html.byteLength} bytes`);
    expect(html.byteLength).toBeLessThanOrEqual(BUDGET);
  });
}
