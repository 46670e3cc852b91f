// Shared by the security specs: the admin app's server actions, read from its production build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";

const nextDir = path.join(repoRoot, "apps/admin/.next");

/** Every server action of the build: its id, name, source file and a page that can run it. */
export function adminActions(): Array<{ id: string; name: string; filename: string; page: string }> {
  const manifest = z
    .object({
      node: z.record(
        z.string(),
        z.object({ workers: z.record(z.string(), z.unknown()), exportedName: z.string(), filename: z.string() }),
      ),
    })
    .parse(JSON.parse(readFileSync(path.join(nextDir, "server/server-reference-manifest.json"), "utf8")));
  const routes = z
    .record(z.string(), z.string())
    .parse(JSON.parse(readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")));
  return Object.entries(manifest.node).map(([id, action]) => {
    const route = routes[Object.keys(action.workers)[0]!.replace(/^app/, "")];
    if (!route) throw new Error(`No page for the action ${action.exportedName}`);
    return { id, name: action.exportedName, filename: action.filename, page: route.replace(/\[[^\]]+\]/g, "1") };
  });
}

/** The practices table's bulk action (publish, withdraw, add or remove a topic). */
export function bulkUpdateAction(): { id: string; page: string } {
  const action = adminActions().find((a) => a.name === "bulkUpdate" && a.filename.endsWith("practices/actions.ts"));
  if (!action) throw new Error("bulkUpdate is not in the build's server-reference-manifest");
  return action;
}

/** A call of an action that takes (state, form), as a form's submission calls it. */
export interface FormActionCall {
  state: unknown;
  form: Record<string, string>;
}

/**
 * Calls a server action the way Next.js's client does: arguments as JSON, or, for an action that
 * takes a form, as React's multipart reply: the form's fields as "_1_name", then field "0" with the
 * arguments, where "$K1" names that form (the server reads the fields in order, so "0" comes last).
 */
export function callAction(
  request: APIRequestContext,
  action: { id: string; page: string },
  args: unknown[] | FormActionCall,
  headers: Record<string, string> = {},
) {
  const common = { "next-action": action.id, accept: "text/x-component", ...headers };
  if (!Array.isArray(args)) {
    const multipart = new FormData();
    for (const [name, value] of Object.entries(args.form)) multipart.append(`_1_${name}`, value);
    multipart.append("0", JSON.stringify([args.state, "$K1"]));
    return request.post(action.page, { headers: common, multipart, maxRedirects: 0 });
  }
  return request.post(action.page, {
    headers: { ...common, "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** Arguments for bulkUpdate that run it and change nothing: publish a practice that does not exist. */
export const harmlessBulkUpdate: FormActionCall = {
  state: { status: "idle" },
  form: { ids: "2000000000", kind: "setStatus", status: "published" },
};
