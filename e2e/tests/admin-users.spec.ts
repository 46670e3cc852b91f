import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb, editorContext, formAlert, formStatus, signIn } from "./admin-helpers";

// Each test builds on the state the one before left: they run in order, and stop at the first failure.
test.describe.configure({ mode: "serial" });
test.afterAll(closeAdminDb);

const newcomer = { email: "newcomer@e2e.test", password: "newcomer password 1" };

test("an admin creates a user; a weak password is refused next to its field", async ({ page }) => {
  await page.goto(`${adminUrl}/users`);
  await page.getByRole("textbox", { name: "Email" }).fill(newcomer.email);
  await page.getByRole("textbox", { name: "Name" }).fill("Nia Newcomer");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator("#new-password-error")).toHaveText("The password needs at least 12 characters.");
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(newcomer.email);
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Nia Newcomer");

  await page.getByLabel("Password").fill(newcomer.password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(formStatus(page)).toContainText(`Created ${newcomer.email} (editor).`);
  await expect(page.getByRole("link", { name: newcomer.email })).toBeVisible();
  const [row] = await adminDb().execute<{ role: string; hash: string }>(
    sql`select role, password_hash as hash from users where email = ${newcomer.email}`,
  );
  expect(row!.role).toBe("editor");
  expect(row!.hash).toMatch(/^\$argon2id\$/);
});

test("disabling a user ends their session at once; enabling and a new password let them back", async ({
  page,
  browser,
}) => {
  const theirs = await anonymousContext(browser, "198.51.100.40");
  const theirPage = await theirs.newPage();
  await signIn(theirPage, newcomer);

  await page.goto(`${adminUrl}/users`);
  await page.getByRole("link", { name: newcomer.email }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Disable this user" }).click();
  await expect(page.getByText(`${newcomer.email} is disabled; their sessions have ended.`)).toBeVisible();

  await theirPage.goto(`${adminUrl}/practices`);
  await expect(theirPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fpractices/);
  // Disabled: the right password does not work either.
  await theirPage.getByLabel("Email").fill(newcomer.email);
  await theirPage.getByLabel("Password").fill(newcomer.password);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(theirPage)).toHaveText("The email address or the password is wrong.");

  await page.reload();
  await page.getByRole("button", { name: "Enable this user" }).click();
  await expect(page.getByText(`${newcomer.email} can sign in again.`)).toBeVisible();
  await page.getByLabel(/New password/).fill("a brand new password");
  await page.getByRole("button", { name: "Set this password" }).click();
  await expect(page.getByText("Password reset; the user's sessions have ended.")).toBeVisible();
  await page.getByRole("combobox", { name: "Role" }).selectOption("admin");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText(`${newcomer.email} is now an admin.`)).toBeVisible();

  await signIn(theirPage, { email: newcomer.email, password: "a brand new password" });
  await expect(theirPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
  await theirs.close();

  const actions = await adminDb().execute<{ action: string }>(sql`
    select action from audit_events where subject_type = 'user' and subject_id = (select id from users where email = ${newcomer.email}) order by id`);
  expect(actions.map((a) => a.action)).toEqual([
    "user.create",
    "user.disable",
    "user.enable",
    "user.password_reset",
    "user.role",
  ]);
});

test("an editor has no Users page: the link is absent and the page answers 403", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto(`${adminUrl}/`);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto(`${adminUrl}/users`);
  expect(response!.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
  await context.close();
});
