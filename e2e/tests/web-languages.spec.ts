import { importTranslationRecords } from "@gp/db/translations";
import { expect, type PlaywrightWorkerArgs, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { webUrl } from "../src/env";
import { closeE2eDb, e2eDb, expectNoAxeViolations } from "./web-helpers";

// The public site in French, German and Spanish: addresses, negotiation on `/` only, the switcher,
// hreflang, the notice on a practice not yet translated, a search in French that finds a practice
// by a word only its translation has, the open data in a language. The sample has no translations
// here: the spec adds its own, to practices far from other specs' (the last ones by id).

test.afterAll(closeE2eDb);

/** A redirect's target, absolute (Next.js sends an address of the site itself as a path). */
const target = (location: string | undefined) => new URL(location ?? "", webUrl).href;

/** A published practice near the end of the sample, by offset from the last. */
async function practiceFromEnd(offset: number): Promise<{ id: number; slug: string; institution: string }> {
  const [row] = await e2eDb().execute<{ id: number; slug: string; institution: string }>(sql`
    select p.id, p.slug, i.slug as institution from practices p join institutions i on i.id = p.institution_id
    where p.status = 'published' order by p.id desc offset ${offset} limit 1`);
  return row!;
}

test.describe("addresses and negotiation", () => {
  /** A first visit: a request with no cookie but the ones given. */
  const visit = async (
    playwright: PlaywrightWorkerArgs["playwright"],
    path: string,
    headers: Record<string, string>,
  ) => {
    const context = await playwright.request.newContext({ baseURL: webUrl });
    const response = await context.get(path, { headers, maxRedirects: 0 });
    const answer = { status: response.status(), headers: response.headers(), html: await response.text() };
    await context.dispose();
    return answer;
  };

  test("only / negotiates: a French browser is sent to /fr once, remembered in a cookie", async ({ playwright }) => {
    const first = await visit(playwright, "/", { "Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5" });
    expect(first.status).toBe(307);
    expect(target(first.headers.location)).toBe(`${webUrl}/fr`);
    expect(first.headers["set-cookie"]).toContain("NEXT_LOCALE=fr");

    // The cookie wins over the header from then on.
    const remembered = await visit(playwright, "/", { "Accept-Language": "fr", Cookie: "NEXT_LOCALE=en" });
    expect(remembered.status).toBe(200);
    expect(remembered.html).toContain('<html lang="en"');
    const german = await visit(playwright, "/", { Cookie: "NEXT_LOCALE=de" });
    expect(german.status).toBe(307);
    expect(target(german.headers.location)).toBe(`${webUrl}/de`);

    // An English browser stays, and is remembered as English.
    const english = await visit(playwright, "/", { "Accept-Language": "en-GB" });
    expect(english.status).toBe(200);
    expect(english.headers["set-cookie"]).toContain("NEXT_LOCALE=en");
  });

  test("every other unprefixed address is English, whatever the header or the cookie", async ({ playwright }) => {
    for (const path of ["/practices", "/topics", "/countries"]) {
      const response = await visit(playwright, path, { "Accept-Language": "es", Cookie: "NEXT_LOCALE=fr" });
      expect(response.status, path).toBe(200);
      expect(response.html, path).toContain('<html lang="en"');
      expect(response.headers["set-cookie"] ?? "", path).not.toContain("NEXT_LOCALE");
    }
    // The switcher's English links go through /en/…, which remembers English and drops the prefix.
    const back = await visit(playwright, "/en/practices?q=pension", { Cookie: "NEXT_LOCALE=fr" });
    expect(back.status).toBe(307);
    expect(target(back.headers.location)).toBe(`${webUrl}/practices?q=pension`);
    expect(back.headers["set-cookie"]).toContain("NEXT_LOCALE=en");
  });
});

test("the French site: <html lang>, hreflang, the switcher, translated words and numbers", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les bonnes pratiques en sécurité sociale");
  const expected: Array<[string, string]> = [
    ["en", webUrl],
    ["fr", `${webUrl}/fr`],
    ["de", `${webUrl}/de`],
    ["es", `${webUrl}/es`],
    ["x-default", webUrl],
  ];
  for (const [lang, href] of expected)
    await expect(page.locator(`head link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute("href", href);

  await page.getByRole("link", { name: "Recherche", exact: true }).click();
  await expect(page).toHaveURL(`${webUrl}/fr/practices`);
  await expect(page.getByRole("searchbox", { name: "Rechercher des pratiques" })).toBeVisible();
  await expect(page.locator("#results-heading")).toHaveText(/^\d+ pratiques$/);
  await expect(page.getByRole("group", { name: "Région" })).toBeAttached();

  // The switcher leads to the same page in each language; English is remembered.
  const switcher = page.getByRole("navigation", { name: "Langue" });
  await expect(switcher.locator('[aria-current="true"]')).toHaveText("Français");
  await switcher.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(`${webUrl}/de/practices`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("navigation", { name: "Sprache" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${webUrl}/practices`);
  await page.goto("/");
  await expect(page).toHaveURL(`${webUrl}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a practice without a French translation shows its original, marked and with a notice", async ({ page }) => {
  const practice = await practiceFromEnd(3);
  await page.goto(`/fr/practices/${practice.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator(".gp-notice")).toHaveText("Pas encore disponible en français ; affiché en anglais.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.locator(".gp-prose")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("term").filter({ hasText: "Pays" })).toBeVisible();
  await expect(page.locator(`head link[rel="alternate"][hreflang="de"]`)).toHaveAttribute(
    "href",
    `${webUrl}/de/practices/${practice.slug}`,
  );
});

test("a French translation is shown in French, found by a French word only it has, and given by the API, the feed and the downloads", async ({
  page,
  request,
}) => {
  const practice = await practiceFromEnd(1);
  const outcome = await importTranslationRecords(
    e2eDb(),
    [
      {
        line: 1,
        practice: practice.slug,
        language: "fr",
        title: "Guichet unique des retraités",
        summary: "Les retraités obtiennent leurs attestations au guichet unique, sans déplacement.",
        status: "published",
      },
    ],
    { dryRun: false, userId: null, note: "e2e: web-languages" },
  );
  expect(outcome.errors).toEqual([]);

  await page.goto(`/fr/practices/${practice.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guichet unique des retraités");
  await expect(page.locator(".gp-notice")).toHaveCount(0);
  await page.goto(`/en/practices/${practice.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Guichet unique des retraités");

  // "guichet" is in no English text: only the translation can match it, with French stemming (guichets → guichet).
  await page.goto("/fr/practices?q=guichets");
  await expect(page.locator("#results-heading")).toHaveText(/^1 pratique/);
  const card = page.locator(".gp-result").first();
  await expect(card.getByRole("heading")).toHaveText("Guichet unique des retraités");
  await expect(card.locator(".gp-result__notice")).toHaveCount(0);

  const api = await request.get(`/api/practices/${practice.slug}?lang=fr`);
  expect(api.headers()["content-language"]).toBe("fr");
  expect(await api.json()).toMatchObject({
    title: "Guichet unique des retraités",
    language: "fr",
    originalLanguage: "en",
    url: `${webUrl}/fr/practices/${practice.slug}`,
  });
  const german = await (await request.get(`/api/practices/${practice.slug}?lang=de`)).json();
  expect(german).toMatchObject({ language: "en", originalLanguage: "en" });
  expect((await request.get(`/api/practices/${practice.slug}?lang=it`)).status()).toBe(400);

  const feed = await (await request.get("/fr/feed.xml")).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
  expect(feed).toContain("<title>Guichet unique des retraités</title>");
  const download = await request.get(`/download/practices.json?lang=fr&institution=${practice.institution}`);
  expect(download.headers()["content-language"]).toBe("fr");
  const items = (await download.json()) as Array<{ slug: string; title: string; language: string }>;
  expect(items.find((i) => i.slug === practice.slug)).toMatchObject({
    title: "Guichet unique des retraités",
    language: "fr",
  });
  expect(items.filter((i) => i.slug !== practice.slug).every((i) => i.language === "en")).toBe(true);
});

test("on a phone, the filters' Show and Hide are in the page's language", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const word = () =>
    page.locator("#filters > summary").evaluate((summary) => getComputedStyle(summary, "::after").content);
  for (const [path, show, hide] of [
    ["/practices", "Show", "Hide"],
    ["/fr/practices", "Afficher", "Masquer"],
    ["/de/practices", "Einblenden", "Ausblenden"],
    ["/es/practices", "Mostrar", "Ocultar"],
  ]) {
    await page.goto(path!);
    await expect.poll(word).toBe(`"${show}"`);
    await page.locator("#filters > summary").click();
    await expect.poll(word).toBe(`"${hide}"`);
  }
});

test("the sitemap lists each language's addresses with their alternates", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  for (const file of ["pages.xml", "pages-fr.xml", "practices-de-1.xml", "practices-es-1.xml"])
    expect(index).toContain(`/sitemaps/${file}</loc>`);
  const french = await (await request.get("/sitemaps/pages-fr.xml")).text();
  expect(french).toContain(`<loc>${webUrl}/fr/topics</loc>`);
  expect(french).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${webUrl}/topics"/>`);
});

test.describe("axe finds no violation in French and German", () => {
  for (const path of ["/fr", "/de", "/fr/practices?q=retraite", "/de/practices?q=Rente&region=europe"])
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
});
