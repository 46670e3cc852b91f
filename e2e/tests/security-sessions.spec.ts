import { type APIRequestContext, type Browser, expect, request as playwrightRequest, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb, signIn } from "./admin-helpers";
import { bulkUpdateAction, callAction, harmlessBulkUpdate } from "./security-helpers";

// A session ends when it ends: once expired (in the database, or the cookie's own expiry) or
// signed out, its cookie opens nothing: pages send to sign-in, route handlers and server actions
// answer 401. (admin-auth.spec.ts shows a copied cookie's page visit after sign-out.)

const cookieName = "next-auth.session-token";

test.afterAll(closeAdminDb);

/** Signs the editor in from its own address; the cookies, and the user_sessions row it made. */
async function signInEditor(
  browser: Browser,
  ip: string,
): Promise<{ request: APIRequestContext; sessionId: string; signOut: () => Promise<void> }> {
  const context = await anonymousContext(browser, ip);
  const page = await context.newPage();
  await signIn(page, e2eEditor);
  const [row] = await adminDb().execute<{ id: string }>(
    sql`select id from user_sessions where ip = ${ip} order by created_at desc limit 1`,
  );
  const request = await playwrightRequest.newContext({ baseURL: adminUrl, storageState: await context.storageState() });
  return {
    request,
    sessionId: row!.id,
    signOut: async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
      await context.close();
    },
  };
}

/** Asserts the cookie in `request` opens nothing: a page, a route handler, a server action. */
async function expectRefused(request: APIRequestContext): Promise<void> {
  const page = await request.get("/practices", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toBe("/sign-in?callbackUrl=%2Fpractices");
  const api = await request.get("/api/audit/export", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: "Sign in first." });
  const upload = await request.post("/api/imports", {
    headers: { origin: adminUrl },
    multipart: { format: "" },
    maxRedirects: 0,
  });
  expect(upload.status()).toBe(401);
  const action = await callAction(request, bulkUpdateAction(), harmlessBulkUpdate, { origin: adminUrl });
  expect(action.status()).toBe(401);
}

async function expectAccepted(request: APIRequestContext): Promise<void> {
  expect((await request.get("/practices", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/api/audit/export", { maxRedirects: 0 })).status()).toBe(200);
  const action = await callAction(request, bulkUpdateAction(), harmlessBulkUpdate, { origin: adminUrl });
  expect(action.status()).toBe(200);
  expect(await action.text()).toContain("left alone");
}

test("a session expired in the database is refused at once, though its cookie is still valid", async ({ browser }) => {
  const { request, sessionId } = await signInEditor(browser, "198.51.100.70");
  await expectAccepted(request);
  await adminDb().execute(
    sql`update user_sessions set expires_at = now() - interval '1 second' where id = ${sessionId}`,
  );
  await expectRefused(request);
  await request.dispose();
});

test("a cookie past its own expiry is refused, though its session row is alive", async ({ browser }) => {
  const secret = process.env.E2E_AUTH_SECRET;
  expect(secret, "E2E_AUTH_SECRET from the global setup").toBeTruthy();
  const { request, sessionId } = await signInEditor(browser, "198.51.100.71");
  const [user] = await adminDb().execute<{ id: number }>(
    sql`select user_id as id from user_sessions where id = ${sessionId}`,
  );
  const forge = async (maxAge: number) => {
    const token = await encode({
      secret: secret!,
      maxAge,
      token: { sub: String(user!.id), email: e2eEditor.email, name: e2eEditor.name, sid: sessionId },
    });
    return playwrightRequest.newContext({
      baseURL: adminUrl,
      storageState: {
        cookies: [
          {
            name: cookieName,
            value: token,
            domain: "localhost",
            path: "/",
            expires: -1,
            httpOnly: true,
            secure: false,
            sameSite: "Lax",
          },
        ],
        origins: [],
      },
    });
  };
  // The forged cookie is right: valid for an hour, it opens the app.
  const fresh = await forge(3600);
  await expectAccepted(fresh);
  // The same claims, expired a minute ago.
  const expired = await forge(-60);
  await expectRefused(expired);
  await Promise.all([fresh.dispose(), expired.dispose(), request.dispose()]);
});

test("after signing out, a copy of the cookie opens no route handler and no server action", async ({ browser }) => {
  const { request, signOut } = await signInEditor(browser, "198.51.100.72");
  await expectAccepted(request);
  await signOut();
  await expectRefused(request);
  await request.dispose();
});
