import { expect, test } from "@playwright/test";
import { adminUrl, webUrl } from "../src/env";

test("the public site opens, with its navigation and a skip link", async ({ page }) => {
  await page.goto(webUrl);
  await expect(page).toHaveTitle(/Good Practices in Social Security/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("the admin app opens", async ({ page }) => {
  await page.goto(adminUrl);
  await expect(page).toHaveTitle(/Admin/);
});

test("both apps report healthy once the database answers", async ({ request }) => {
  for (const base of [webUrl, adminUrl]) {
    const response = await request.get(`${base}/api/health`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  }
});
