import { defineConfig, devices } from "@playwright/test";
import { storageStates } from "./src/admin-accounts";
import { e2eEnv, webUrl } from "./src/env";

// Both apps run as production builds against one real, freshly migrated database (see global-setup).
export default defineConfig({
  testDir: "./tests",
  globalSetup: "./src/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "./test-results",
  use: {
    baseURL: webUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: e2eEnv.CHROMIUM_PATH,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: [/admin-.*\.spec\.ts/, /\.setup\.ts/], use: { ...devices["Desktop Chrome"] } },
    // The admin app's specs: a setup project signs in once (admin and editor) and saves the states.
    // Listed after "chromium" so that, with one worker, they run after the public site's specs,
    // which count the sample data the admin specs change (merges, topics, new entries).
    { name: "admin-setup", testMatch: /admin\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "admin",
      testMatch: /admin-.*\.spec\.ts/,
      dependencies: ["admin-setup"],
      use: { ...devices["Desktop Chrome"], storageState: storageStates.admin },
    },
  ],
});
