// The admin app's test accounts (created by the global setup) and where the setup project saves
// their signed-in browser states. No database imports here: the Playwright config reads it.

export const e2eAdmin = { email: "admin@e2e.test", password: "e2e admin password", name: "Ada Admin" } as const;
export const e2eEditor = { email: "editor@e2e.test", password: "e2e editor password", name: "Ed Editor" } as const;

export const storageStates = {
  admin: "test-results/.auth/admin.json",
  editor: "test-results/.auth/editor.json",
} as const;
