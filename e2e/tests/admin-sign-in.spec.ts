import { type Browser, type BrowserContext, expect, type Page, type Route, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, closeAdminDb, formAlert, serverOutput } from "./admin-helpers";

// Signing in must never send the password in a URL: without JavaScript, or with Enter pressed
// before the page's script has run, the form POSTs to next-auth (with its CSRF token) like the
// script does, with the same rate limit and the same messages.

test.afterAll(closeAdminDb);

/** A fresh, signed-out context from its own address, that records every request it sends. */
async function recordingContext(
  browser: Browser,
  ip: string,
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; sent: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": ip },
  });
  const sent: string[] = [];
  context.on("request", (request) => {
    sent.push(request.url());
    const referer = request.headers()["referer"];
    if (referer) sent.push(referer);
  });
  return { context, sent };
}

/** The browser's history of the tab (read over CDP, so it works with JavaScript off). */
async function historyOf(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { entries } = await cdp.send("Page.getNavigationHistory");
  return entries.map((entry) => entry.url);
}

/** The password as it would appear in a URL or a log, however encoded. */
function forms(password: string): string[] {
  return [password, encodeURIComponent(password), new URLSearchParams({ p: password }).toString().slice(2)];
}

async function expectNowhere(password: string, places: Record<string, string[]>): Promise<void> {
  const output = `${await serverOutput("admin")}\n${await serverOutput("web")}`;
  for (const form of forms(password)) {
    for (const [where, values] of Object.entries(places))
      for (const value of values) expect(value, `${where} holds the password`).not.toContain(form);
    expect(output.includes(form), "the servers' output holds the password").toBe(false);
  }
}

test("without JavaScript, signing in POSTs: the password is in no URL, history entry or server output", async ({
  browser,
}) => {
  const { context, sent } = await recordingContext(browser, "198.51.100.40", false);
  const page = await context.newPage();
  await page.goto(`${adminUrl}/topics`);
  await expect(page).toHaveURL(`${adminUrl}/sign-in?callbackUrl=%2Ftopics`);
  await page.getByLabel("Email").fill(e2eEditor.email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(`${adminUrl}/topics`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await expect(page.getByRole("banner")).toContainText("Ed Editor");

  const [attempt] = await adminDb().execute<{ succeeded: boolean }>(
    sql`select succeeded from sign_in_attempts where ip = '198.51.100.40' order by id desc limit 1`,
  );
  expect(attempt).toEqual({ succeeded: true });
  await expectNowhere(e2eEditor.password, {
    "a request URL or Referer": sent,
    "the history": await historyOf(context, page),
  });

  // Signing out is a POST too, and works without JavaScript.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${adminUrl}/sign-in?signedOut=1`);
  await page.goto(`${adminUrl}/topics`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftopics/);
  await context.close();
});

test("Enter pressed the moment the page appears, before its script has run, signs in by POST", async ({ browser }) => {
  const { context, sent } = await recordingContext(browser, "198.51.100.41", true);
  // The page's scripts are held back until the form has been sent: the browser submits it itself.
  const held: Route[] = [];
  let holding = true;
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => (holding ? held.push(route) : route.continue()));
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in?callbackUrl=%2Fpractices`, { waitUntil: "commit" });
  await page.getByLabel("Email").fill(e2eEditor.email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  expect(held.length, "the sign-in page's scripts are still held back").toBeGreaterThan(0);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(`${adminUrl}/practices`);
  holding = false;
  await Promise.all(held.map((route) => route.continue().catch(() => undefined)));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Practices");
  await expectNowhere(e2eEditor.password, {
    "a request URL or Referer": sent,
    "the history": await historyOf(context, page),
  });
  await context.close();
});

test("without JavaScript, a wrong password and the rate limit say what they say with it", async ({ browser }) => {
  const { context, sent } = await recordingContext(browser, "192.0.2.140", false);
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in?callbackUrl=%2Fduplicates`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("Enter your email address and your password.");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(`guess${i}@e2e.test`);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText("The email address or the password is wrong.");
    await expect(page).toHaveURL(/\/sign-in\?/);
  }
  // The sixth, even with the right password, is refused by the limit on this address.
  await page.getByLabel("Email").fill(e2eEditor.email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(
    /^Too many failed sign-ins from your network\. Try again in 1[45] minutes\.$/,
  );
  const [counted] = await adminDb().execute<{ n: number }>(
    sql`select count(*)::int as n from sign_in_attempts where ip = '192.0.2.140'`,
  );
  expect(counted!.n).toBe(5);
  await expectNowhere("wrong guess 3", { "a request URL or Referer": sent });
  await context.close();
});
