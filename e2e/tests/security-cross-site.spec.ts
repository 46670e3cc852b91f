import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import { type APIRequestContext, type Browser, expect, request as playwrightRequest, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb, signIn } from "./admin-helpers";
import { adminActions, bulkUpdateAction, callAction, harmlessBulkUpdate } from "./security-helpers";

// A request that changes something in the admin app, sent from another site with a signed-in
// editor's cookies (what a forged form or fetch on a hostile page would do), is refused with 403
// before it runs: server actions, route handlers and next-auth's own endpoints alike. Next.js's
// built-in check would answer a foreign-origin action with a 500; the proxy makes it a clear 403.

const foreign = "https://evil.example";

let editor: APIRequestContext;

async function signedInEditor(browser: Browser): Promise<APIRequestContext> {
  const context = await anonymousContext(browser, "198.51.100.60");
  const page = await context.newPage();
  await signIn(page, e2eEditor);
  const storageState = await context.storageState();
  await context.close();
  return playwrightRequest.newContext({ baseURL: adminUrl, storageState });
}

test.beforeAll(async ({ browser }) => {
  editor = await signedInEditor(browser);
});
test.afterAll(async () => {
  await editor.dispose();
  await closeAdminDb();
});

/** Calls the bulk action with real arguments that run it and change nothing. */
function callBulkUpdate(origin: string) {
  return callAction(editor, bulkUpdateAction(), harmlessBulkUpdate, { origin });
}

test("a server action from another site is refused with 403, though the editor is signed in", async () => {
  // The same call from the app's own pages runs: the action's answer is in the response.
  const own = await callBulkUpdate(adminUrl);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain("already as asked (or merged), left alone");

  // The same host with another scheme is another origin too.
  for (const origin of [foreign, "http://localhost:1", "null", adminUrl.replace("http:", "https:")]) {
    const refused = await callBulkUpdate(origin);
    expect(refused.status(), origin).toBe(403);
    expect(await refused.json(), origin).toEqual({ error: expect.stringContaining("came from another site") });
  }
  // A browser that sends no Origin still says where the request came from.
  const noOrigin = await callAction(editor, bulkUpdateAction(), harmlessBulkUpdate, { "sec-fetch-site": "cross-site" });
  expect(noOrigin.status()).toBe(403);
});

test("every server action of the build refuses a foreign origin", async () => {
  const actions = adminActions();
  expect(actions.length).toBeGreaterThanOrEqual(15);
  for (const action of actions) {
    const response = await callAction(editor, action, [], { origin: foreign });
    expect(response.status(), `${action.name} (${action.filename})`).toBe(403);
  }
});

test("an upload to POST /api/imports from another site is refused with 403, and nothing is kept", async () => {
  const pending = async () =>
    (await adminDb().execute<{ n: number }>(sql`select count(*)::int as n from pending_imports`))[0]!.n;
  const before = await pending();
  const upload = (origin: string) =>
    editor.post("/api/imports", {
      headers: { origin },
      multipart: {
        file: {
          name: "listing.txt",
          mimeType: "text/plain",
          buffer: readFileSync(path.join(repoRoot, "packages/ingest/seeds/000_d035195890cc90f6.txt")),
        },
        format: "",
      },
      maxRedirects: 0,
    });
  const refused = await upload(foreign);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: expect.stringContaining("came from another site") });
  expect(await pending()).toBe(before);

  // From the app itself the endpoint takes the request (here without a file: back to the form, saying so).
  const own = await editor.post("/api/imports", {
    headers: { origin: adminUrl },
    multipart: { format: "" },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
  expect(own.headers().location).toContain("/imports?error=no-file");
});

test("next-auth's sign-in and sign-out from another site are refused too", async () => {
  const anonymous = await playwrightRequest.newContext({
    baseURL: adminUrl,
    storageState: { cookies: [], origins: [] },
  });
  const signInForged = await anonymous.post("/api/auth/callback/credentials", {
    headers: { origin: foreign },
    form: { email: e2eEditor.email, password: e2eEditor.password, csrfToken: "x", json: "true" },
    maxRedirects: 0,
  });
  expect(signInForged.status()).toBe(403);
  await anonymous.dispose();

  const signOutForged = await editor.post("/api/auth/signout", {
    headers: { origin: foreign },
    form: { csrfToken: "x" },
    maxRedirects: 0,
  });
  expect(signOutForged.status()).toBe(403);
  // The editor is still signed in.
  expect((await editor.get("/practices", { maxRedirects: 0 })).status()).toBe(200);
});

test("reads from anywhere are answered as usual", async () => {
  const response = await editor.get("/practices", { headers: { origin: foreign }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
});
