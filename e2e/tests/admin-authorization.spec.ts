import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { z } from "zod";
import { storageStates } from "../src/admin-accounts";
import { adminUrl } from "../src/env";

// Every route and server action of the admin app, read from its production build (the manifests
// Next.js writes), so a new page, route handler or action is checked without editing this test.
// Anonymous requests must be refused (pages redirect to sign-in, route handlers and actions 401);
// the editor must be refused (403) wherever an admin is required: everything under /users.

const adminDir = path.join(repoRoot, "apps/admin");
const readJson = (file: string) => JSON.parse(readFileSync(path.join(adminDir, ".next", file), "utf8")) as unknown;

/** Public by nature: where a session starts, and the health check. */
const publicPaths = new Set(["/sign-in", "/api/auth/[...nextauth]", "/api/health"]);
/** Next.js's own error pages, not the app's. */
const frameworkPaths = new Set(["/_not-found", "/_global-error"]);
const adminOnly = (route: string) => route === "/users" || route.startsWith("/users/");

const routes = z.record(z.string(), z.string()).parse(readJson("app-path-routes-manifest.json"));
const pages = Object.entries(routes)
  .filter(([entry]) => entry.endsWith("/page"))
  .map(([, route]) => route);
const handlers = Object.entries(routes).filter(([entry]) => entry.endsWith("/route"));
const actions = Object.entries(
  z
    .object({
      node: z.record(
        z.string(),
        z.object({ workers: z.record(z.string(), z.unknown()), filename: z.string(), exportedName: z.string() }),
      ),
    })
    .parse(readJson("server/server-reference-manifest.json")).node,
).map(([id, action]) => {
  const worker = Object.keys(action.workers)[0]!;
  const page = routes[worker.replace(/^app/, "")];
  if (!page) throw new Error(`No route for worker ${worker}`);
  return {
    id,
    name: `${action.exportedName} (${action.filename})`,
    page,
    adminOnly: action.filename.startsWith("apps/admin/src/app/users/"),
  };
});

/** A concrete URL for a route pattern: ids that exist in the sample data, or a well-formed unknown uuid. */
function concrete(route: string): string {
  return route
    .replace("/imports/pending/[id]", "/imports/pending/00000000-0000-4000-8000-000000000000")
    .replace(/\[[^\]]+\]/g, "1");
}

/** The HTTP methods a route handler exports, read from its source file. */
function methodsOf(entry: string): string[] {
  const source = readFileSync(path.join(adminDir, "src/app", `${entry}.ts`), "utf8");
  return [
    ...source.matchAll(
      /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
}

function callAction(context: APIRequestContext, action: { id: string; page: string }) {
  return context.post(concrete(action.page), {
    headers: {
      "next-action": action.id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: adminUrl,
    },
    data: "[]",
    maxRedirects: 0,
  });
}

let anonymous: APIRequestContext;
let editor: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async () => {
  // An explicit empty state: otherwise the project's storageState (the admin's) would apply.
  anonymous = await playwrightRequest.newContext({ baseURL: adminUrl, storageState: { cookies: [], origins: [] } });
  editor = await playwrightRequest.newContext({ baseURL: adminUrl, storageState: storageStates.editor });
  admin = await playwrightRequest.newContext({ baseURL: adminUrl, storageState: storageStates.admin });
});
test.afterAll(async () => {
  await Promise.all([anonymous.dispose(), editor.dispose(), admin.dispose()]);
});

test("the build lists the app's pages, route handlers and actions", () => {
  // A sanity check that the manifests were read: a few we know, and plenty of each kind.
  expect(pages).toEqual(
    expect.arrayContaining(["/", "/practices", "/practices/[id]", "/topics", "/users", "/sign-in"]),
  );
  expect(handlers.map(([, route]) => route)).toEqual(expect.arrayContaining(["/api/imports", "/api/audit/export"]));
  expect(actions.map((a) => a.name)).toEqual(
    expect.arrayContaining([expect.stringContaining("savePractice"), expect.stringContaining("createUserAction")]),
  );
  expect(actions.length).toBeGreaterThanOrEqual(15);
  expect(actions.filter((a) => a.adminOnly).length).toBeGreaterThanOrEqual(5);
});

test("every page sends an anonymous visitor to sign-in, and back afterwards", async () => {
  const checked: string[] = [];
  for (const route of pages.filter((p) => !publicPaths.has(p) && !frameworkPaths.has(p))) {
    const url = concrete(route);
    const response = await anonymous.get(url, { maxRedirects: 0 });
    expect(response.status(), `GET ${url}`).toBe(307);
    expect(response.headers().location, `GET ${url}`).toBe(`/sign-in?callbackUrl=${encodeURIComponent(url)}`);
    checked.push(route);
  }
  expect(checked.length).toBeGreaterThanOrEqual(15);
});

test("every route handler answers 401 to an anonymous request", async () => {
  let checked = 0;
  for (const [entry, route] of handlers.filter(([, r]) => !publicPaths.has(r))) {
    const methods = methodsOf(entry);
    expect(methods.length, `${route} exports a method`).toBeGreaterThan(0);
    for (const method of methods) {
      const response = await anonymous.fetch(concrete(route), { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${route}`).toBe(401);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(2);
});

test("every server action answers 401 to an anonymous request", async () => {
  for (const action of actions) {
    const response = await callAction(anonymous, action);
    expect(response.status(), action.name).toBe(401);
  }
});

test("the editor gets 403 wherever an admin is required, and gets through elsewhere", async () => {
  for (const route of pages.filter((p) => !publicPaths.has(p) && !frameworkPaths.has(p))) {
    const response = await editor.get(concrete(route), { maxRedirects: 0 });
    if (adminOnly(route)) expect(response.status(), `GET ${route} as editor`).toBe(403);
    else expect([200, 404], `GET ${route} as editor`).toContain(response.status());
  }
  for (const [entry, route] of handlers.filter(([, r]) => !publicPaths.has(r) && adminOnly(r))) {
    for (const method of methodsOf(entry))
      expect((await editor.fetch(concrete(route), { method, maxRedirects: 0 })).status(), `${method} ${route}`).toBe(
        403,
      );
  }
  for (const action of actions) {
    // Called without arguments: a malformed request, which the action must refuse cleanly (200 with
    // an error state), never run, and never crash on.
    const response = await callAction(editor, action);
    expect(response.status(), `${action.name} as editor`).toBe(action.adminOnly ? 403 : 200);
  }
});

test("the admin gets through everywhere", async () => {
  for (const route of pages.filter((p) => adminOnly(p))) {
    expect([200, 404], `GET ${route} as admin`).toContain(
      (await admin.get(concrete(route), { maxRedirects: 0 })).status(),
    );
  }
  for (const action of actions.filter((a) => a.adminOnly)) {
    expect((await callAction(admin, action)).status(), `${action.name} as admin`).toBe(200);
  }
});
