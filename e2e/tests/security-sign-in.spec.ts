import { expect, request as playwrightRequest, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { e2eEditor } from "../src/admin-accounts";
import { adminUrl } from "../src/env";
import { adminDb, anonymousContext, closeAdminDb, signIn } from "./admin-helpers";

// Attacks on sign-in: a burst of parallel guesses, and a callbackUrl that leads off-site.

test.afterAll(closeAdminDb);

test("a burst of parallel sign-ins for one email gets five guesses, no more", async () => {
  const email = "burst@e2e.test";
  await adminDb().execute(
    sql`insert into users (email, password_hash, role) values (${email}, (select password_hash from users where email = ${e2eEditor.email}), 'editor')`,
  );
  // Thirty clients, each with its own CSRF token and address, so only the per-email limit applies.
  const clients = await Promise.all(
    Array.from({ length: 30 }, async (_, i) => {
      const client = await playwrightRequest.newContext({
        baseURL: adminUrl,
        extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${100 + i}` },
      });
      const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
      return { client, csrfToken };
    }),
  );
  const answers = await Promise.all(
    clients.map(({ client, csrfToken }, i) =>
      client.post("/api/auth/callback/credentials", {
        headers: { origin: adminUrl },
        form: { csrfToken, email, password: `wrong guess ${i}`, json: "true" },
        maxRedirects: 0,
      }),
    ),
  );
  const errors = await Promise.all(
    answers.map(async (answer) => new URL(((await answer.json()) as { url: string }).url).searchParams.get("error")),
  );
  const [evaluated] = await adminDb().execute<{ n: number }>(
    sql`select count(*)::int as n from sign_in_attempts where email = ${email}`,
  );
  expect(evaluated!.n).toBe(5);
  expect(errors.filter((e) => e === "CredentialsSignin")).toHaveLength(5);
  expect(errors.filter((e) => e?.startsWith("SignInBlocked-email-"))).toHaveLength(25);

  // Afterwards the right password is refused too, until the window has passed.
  const { client, csrfToken } = clients[0]!;
  const right = await client.post("/api/auth/callback/credentials", {
    headers: { origin: adminUrl },
    form: { csrfToken, email, password: e2eEditor.password, json: "true" },
  });
  expect(((await right.json()) as { url: string }).url).toContain("error=SignInBlocked-email-");
  await Promise.all(clients.map(({ client }) => client.dispose()));
});

test("a callbackUrl that leads off-site, by a tab or a line break, leads home instead", async ({ browser }) => {
  const context = await anonymousContext(browser, "198.51.100.50");
  const visited: string[] = [];
  context.on("request", (request) => visited.push(request.url()));
  const page = await context.newPage();
  await signIn(page, e2eEditor, "/\t/evil.example/phish");
  await expect(page).toHaveURL(`${adminUrl}/`);

  // Signed in, the sign-in page sends on at once: home, not off-site; a line break is no error.
  for (const callbackUrl of [
    "%2F%09%2Fevil.example%2Fphish",
    "%2F%0A%2Fevil.example",
    "%0A",
    "https%3A%2F%2Fevil.example",
  ]) {
    const answer = await page.request.get(`${adminUrl}/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(answer.status(), callbackUrl).toBe(307);
    expect(answer.headers().location, callbackUrl).toBe("/");
  }
  // Signed out, the page shows the form (with a safe address in it), not an error.
  const anonymous = await playwrightRequest.newContext({ baseURL: adminUrl });
  for (const callbackUrl of ["%0A", "%2F%0D%0ASet-Cookie%3A%20x%3Dy"]) {
    const answer = await anonymous.get(`/sign-in?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(answer.status(), callbackUrl).toBe(200);
    expect(await answer.text()).toContain('name="callbackUrl" value="/"');
  }
  // next-auth's own redirect after sign-in checks the address too.
  const { csrfToken } = (await (await anonymous.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const redirect = await anonymous.post("/api/auth/callback/credentials", {
    headers: { origin: adminUrl, "x-forwarded-for": "198.51.100.51" },
    form: { csrfToken, email: e2eEditor.email, password: e2eEditor.password, callbackUrl: "/\t/evil.example/phish" },
    maxRedirects: 0,
  });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers().location).toBe(`${adminUrl}/`);
  expect(visited.filter((url) => new URL(url).hostname !== "localhost")).toEqual([]);
  await Promise.all([context.close(), anonymous.dispose()]);
});
