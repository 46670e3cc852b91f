// Shared by the admin app's specs: signing in through the form, and direct database access to
// check what a user would not see (rows, statuses) and to find test data.
import { readFile } from "node:fs/promises";
import { createDb, type Database } from "@gp/db";
import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { storageStates } from "../src/admin-accounts";
import { adminUrl, serverOutputFile } from "../src/env";

let db: Database | null = null;

/** The database the apps under test use (set by the global setup). */
export function adminDb(): Database {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the specs through playwright test.");
  db ??= createDb(url, { max: 2 });
  return db;
}

export async function closeAdminDb(): Promise<void> {
  await db?.$client.end();
  db = null;
}

/** Signs in through the sign-in form and waits for the page it leads to. */
export async function signIn(page: Page, account: { email: string; password: string }, path = "/"): Promise<void> {
  await page.goto(`${adminUrl}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A browser context signed in as the editor (the specs' default user is the admin). */
export function editorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: storageStates.editor });
}

/** A fresh context with no session, optionally appearing to come from another address. */
export function anonymousContext(browser: Browser, ip?: string): Promise<BrowserContext> {
  return browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: ip ? { "x-forwarded-for": ip } : {},
  });
}

/** The form's error message (not Next.js's route announcer, which is an alert region too). */
export function formAlert(page: Page) {
  return page.locator(".gp-alert[role=alert]");
}

/** The form's success message. */
export function formStatus(page: Page) {
  return page.locator(".gp-alert[role=status]");
}

/** What an app under test has printed so far, stdout and stderr (kept by the global setup). */
export async function serverOutput(app: "web" | "admin"): Promise<string> {
  const dir = process.env.E2E_SERVER_OUTPUT_DIR;
  if (!dir) throw new Error("E2E_SERVER_OUTPUT_DIR is not set: run the specs through playwright test.");
  return readFile(serverOutputFile(dir, app), "utf8");
}
