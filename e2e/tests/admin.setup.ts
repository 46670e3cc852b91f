import { test as setup } from "@playwright/test";
import { e2eAdmin, e2eEditor, storageStates } from "../src/admin-accounts";
import { signIn } from "./admin-helpers";

// Signs in once as each user and saves the browser state; the admin specs start signed in.
for (const [role, account] of [
  ["admin", e2eAdmin],
  ["editor", e2eEditor],
] as const) {
  setup(`sign in as the ${role}`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account);
    await context.storageState({ path: storageStates[role] });
    await context.close();
  });
}
