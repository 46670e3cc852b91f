import {
  type APIResponse,
  type Browser,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl, webUrl } from "../src/env";
import { anonymousContext, signIn } from "./admin-helpers";
import { closeE2eDb, e2eDb } from "./web-helpers";

// The security headers of both apps' production builds, on pages, API answers and static files,
// and real pages in Chromium with no Content-Security-Policy violation.

test.afterAll(closeE2eDb);

/** The directives of a CSP header, by name. */
function directives(csp: string | undefined): Map<string, string> {
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    csp!
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(" ") + 1)]),
  );
}

function expectCommonHeaders(response: APIResponse, app: "web" | "admin", what: string): void {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe(app === "admin" ? "same-origin" : "strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  // The apps under test are production builds (next start), where HSTS is on.
  expect(h["strict-transport-security"], what).toBe("max-age=31536000; includeSubDomains");
  expect(h["x-powered-by"], what).toBeUndefined();
}

/** A page's policy: a nonce for scripts, nothing inline without it, no framing, no plugins. */
function expectPagePolicy(response: APIResponse, what: string): string {
  const csp = directives(response.headers()["content-security-policy"]);
  const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(csp.get("script-src") ?? "")?.[1];
  expect(nonce, `${what}: script nonce`).toBeTruthy();
  expect(csp.get("default-src"), what).toBe("'self'");
  expect(csp.get("script-src"), what).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(csp.get("style-src"), what).toBe(`'self' 'nonce-${nonce}'`);
  expect(csp.get("img-src"), what).toBe("'self' data:");
  expect(csp.get("object-src"), what).toBe("'none'");
  expect(csp.get("base-uri"), what).toBe("'self'");
  expect(csp.get("form-action"), what).toBe("'self'");
  expect(csp.get("frame-ancestors"), what).toBe("'none'");
  for (const value of csp.values()) expect(value, what).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  return nonce!;
}

function expectResourcePolicy(response: APIResponse, what: string): void {
  const csp = directives(response.headers()["content-security-policy"]);
  expect(csp.get("default-src"), what).toBe("'none'");
  expect(csp.get("frame-ancestors"), what).toBe("'none'");
}

test("both apps' pages carry a nonce policy, fresh each time, on every script Next.js writes", async () => {
  const anonymous = await playwrightRequest.newContext({ storageState: { cookies: [], origins: [] } });
  const [practice] = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id limit 1`,
  );
  const pages: Array<[string, "web" | "admin"]> = [
    [`${webUrl}/`, "web"],
    [`${webUrl}/practices?q=pension`, "web"],
    [`${webUrl}/practices/${practice!.slug}`, "web"],
    [`${webUrl}/countries`, "web"],
    [`${webUrl}/no-such-page`, "web"],
    [`${adminUrl}/sign-in`, "admin"],
    [`${adminUrl}/no-such-page`, "admin"],
  ];
  for (const [url, app] of pages) {
    const response = await anonymous.get(url, { headers: { accept: "text/html" } });
    expect([200, 404], url).toContain(response.status());
    expectCommonHeaders(response, app, url);
    const nonce = expectPagePolicy(response, url);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/type="application\/ld\+json"/.test(tag));
    expect(scripts.length, `${url}: scripts`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, url).toContain(`nonce="${nonce}"`);
    // A new request, a new nonce.
    const again = expectPagePolicy(await anonymous.get(url, { headers: { accept: "text/html" } }), url);
    expect(again, url).not.toBe(nonce);
  }
  // A redirect (to sign-in) and a 308 for a merged practice carry them too.
  const redirect = await anonymous.get(`${adminUrl}/practices`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(redirect, "admin", "admin redirect");
  await anonymous.dispose();
});

test("API answers and files carry a policy that allows nothing, and the common headers", async () => {
  const anonymous = await playwrightRequest.newContext({ storageState: { cookies: [], origins: [] } });
  const resources: Array<[string, "web" | "admin", number, string?]> = [
    [`${webUrl}/api/practices?q=pension`, "web", 200],
    [`${webUrl}/api/health`, "web", 200],
    [`${webUrl}/api/openapi.json`, "web", 200],
    [`${webUrl}/api/practices?page=0`, "web", 400],
    [`${webUrl}/feed.xml`, "web", 200],
    [`${webUrl}/robots.txt`, "web", 200],
    [`${webUrl}/map/world.svg`, "web", 200],
    [`${webUrl}/download/practices.csv?q=pension`, "web", 200],
    [`${adminUrl}/api/health`, "admin", 200],
    [`${adminUrl}/api/imports`, "admin", 401, "POST"],
    [`${adminUrl}/api/audit/export`, "admin", 401],
  ];
  for (const [url, app, status, method = "GET"] of resources) {
    const response = await anonymous.fetch(url, { method, maxRedirects: 0 });
    expect(response.status(), url).toBe(status);
    expectCommonHeaders(response, app, url);
    expectResourcePolicy(response, url);
  }
  // The build's static files and the public folder: the common headers (a policy on a script or a
  // stylesheet would mean nothing to the browser).
  for (const [base, app] of [
    [webUrl, "web"],
    [adminUrl, "admin"],
  ] as const) {
    const html = await (await anonymous.get(`${base}/${app === "admin" ? "sign-in" : ""}`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length, `${base}: static files`).toBeGreaterThan(1);
    for (const asset of [assets.find((a) => a.endsWith(".js")), assets.find((a) => a.endsWith(".css"))]) {
      expect(asset, `${base}: a script and a stylesheet`).toBeTruthy();
      const response = await anonymous.get(`${base}${asset}`);
      expect(response.status(), asset).toBe(200);
      expectCommonHeaders(response, app, asset!);
    }
  }
  const favicon = await anonymous.get(`${webUrl}/favicon.svg`);
  expect(favicon.status()).toBe(200);
  expectCommonHeaders(favicon, "web", "favicon.svg");
  await anonymous.dispose();
});

/** Collects CSP violations as the page reports them: in the console and as DOM events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${location.href}: ${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

async function visit(page: Page, url: string, heading: RegExp | string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(heading);
  await page.waitForLoadState("networkidle");
}

test("the public site's main pages run with JavaScript and report no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  const [practice] = await e2eDb().execute<{ slug: string }>(
    sql`select slug from practices where status = 'published' order by id limit 1`,
  );
  await visit(page, `${webUrl}/`, /./);
  await visit(page, `${webUrl}/practices?q=pension`, /./);
  // JavaScript works: ticking a filter submits the search in place (components/auto-submit.tsx).
  await page.getByRole("group", { name: "Country" }).getByRole("checkbox").first().click();
  await expect(page).toHaveURL(/country=/);
  await visit(page, `${webUrl}/practices/${practice!.slug}`, /./);
  await visit(page, `${webUrl}/countries`, /./);
  // The map shades countries by class (a style attribute would be blocked).
  await expect(page.locator(".gp-map__country use[class^=gp-map__shade-]").first()).toBeAttached();
  await page.screenshot({ path: "test-results/security-countries.png", fullPage: true });
  await visit(page, `${webUrl}/topics`, /./);
  expect(violations).toEqual([]);
});

async function editorPage(browser: Browser): Promise<{ page: Page; violations: string[]; close: () => Promise<void> }> {
  const context = await anonymousContext(browser, "198.51.100.40");
  const page = await context.newPage();
  const violations = await watchViolations(page);
  return { page, violations, close: () => context.close() };
}

test("the admin app's main pages run with JavaScript and report no CSP violation", async ({ browser }) => {
  const { page, violations, close } = await editorPage(browser);
  await visit(page, `${adminUrl}/sign-in`, "Sign in");
  // Signing in is JavaScript (next-auth's client): without it the form would not leave the page.
  await signIn(page, e2eEditor, "/practices");
  await page.waitForLoadState("networkidle");
  const [practice] = await e2eDb().execute<{ id: number }>(
    sql`select id from practices where status = 'published' order by id limit 1`,
  );
  await visit(page, `${adminUrl}/practices`, "Practices");
  await visit(page, `${adminUrl}/practices/${practice!.id}`, /./);
  await expect(page.locator(".gp-check[data-depth]").first()).toBeAttached();
  await visit(page, `${adminUrl}/imports`, "Imports");
  await visit(page, `${adminUrl}/duplicates`, "Duplicate candidates");
  await visit(page, `${adminUrl}/topics`, "Topics");
  await visit(page, `${adminUrl}/`, "Dashboard");
  expect(violations).toEqual([]);
  await close();
});
