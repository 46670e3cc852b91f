import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eAdmin, e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb, formAlert, formStatus, signIn } from "./admin-helpers";

test.afterAll(closeAdminDb);

test("signing in leads back to the page asked for, with the user's name and role", async ({ browser }) => {
  const context = await anonymousContext(browser, "198.51.100.10");
  const page = await context.newPage();
  await page.goto(`${adminUrl}/topics`);
  await expect(page).toHaveURL(`${adminUrl}/sign-in?callbackUrl=%2Ftopics`);
  await page.getByLabel("Email").fill(e2eEditor.email.toUpperCase());
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${adminUrl}/topics`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await expect(page.getByRole("banner")).toContainText("Ed Editor");
  await expect(page.getByRole("banner")).toContainText("editor");
  // An editor's navigation has no Users.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  // The session cookie is httpOnly and SameSite=Lax (not Secure: this is http://localhost).
  const cookie = (await context.cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await context.close();
});

test("signing out ends the session at once, even for a copy of the cookie", async ({ browser }) => {
  const context = await anonymousContext(browser, "198.51.100.11");
  const page = await context.newPage();
  await signIn(page, e2eEditor);
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(formStatus(page)).toHaveText("You have signed out.");

  const replay = await anonymousContext(browser);
  await replay.addCookies(copied);
  const again = await replay.newPage();
  await again.goto(`${adminUrl}/practices`);
  await expect(again).toHaveURL(/\/sign-in\?callbackUrl=%2Fpractices/);
  await Promise.all([context.close(), replay.close()]);
});

test("a wrong password is refused with a clear message, and the email stays typed", async ({ browser }) => {
  const context = await anonymousContext(browser, "198.51.100.12");
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(e2eAdmin.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("The email address or the password is wrong.");
  await expect(page).toHaveURL(`${adminUrl}/sign-in`);
  await expect(page.getByLabel("Email")).toHaveValue(e2eAdmin.email);
  const [attempt] = await adminDb().execute<{ succeeded: boolean }>(
    sql`select succeeded from sign_in_attempts where ip = '198.51.100.12' order by id desc limit 1`,
  );
  expect(attempt).toEqual({ succeeded: false });
  await context.close();
});

test("five failed sign-ins for one email block it for 15 minutes, even with the right password", async ({
  browser,
}) => {
  const email = "rate-limited@e2e.test";
  await adminDb().execute(
    sql`insert into users (email, password_hash, role) values (${email}, (select password_hash from users where email = ${e2eEditor.email}), 'editor')`,
  );
  // From five different addresses, so only the per-email limit applies.
  for (let i = 1; i <= 5; i++) {
    const context = await anonymousContext(browser, `203.0.113.${i}`);
    const page = await context.newPage();
    await page.goto(`${adminUrl}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText("The email address or the password is wrong.");
    await context.close();
  }
  const context = await anonymousContext(browser, "203.0.113.99");
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(
    /^Too many failed sign-ins for this email address\. Try again in 1[45] minutes\.$/,
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("five failed sign-ins from one address block it, whatever the email", async ({ browser }) => {
  const context = await anonymousContext(browser, "192.0.2.77");
  const page = await context.newPage();
  await page.goto(`${adminUrl}/sign-in`);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(`guess${i}@e2e.test`);
    await page.getByLabel("Password").fill("password guess");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert(page)).toHaveText("The email address or the password is wrong.");
  }
  await page.getByLabel("Email").fill(e2eEditor.email);
  await page.getByLabel("Password").fill(e2eEditor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(
    /^Too many failed sign-ins from your network\. Try again in 1[45] minutes\.$/,
  );
  // Another address is not affected.
  const other = await anonymousContext(browser, "192.0.2.78");
  const otherPage = await other.newPage();
  await signIn(otherPage, e2eEditor);
  await Promise.all([context.close(), other.close()]);
});
