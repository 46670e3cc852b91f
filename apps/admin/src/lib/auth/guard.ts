import { databaseProbe } from "@gp/db/availability";
import { getDb } from "@gp/db/client";
import { unavailableResponse } from "@gp/ui/unavailable";
import { getActiveSession, type Role } from "@gp/db/users";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { env } from "@/env";
import type { FormState } from "@/lib/form-state";
import { authOptions } from "./options";
import { CROSS_SITE_MESSAGE, isSameOriginRequest } from "./same-origin";

/**
 * The one gate of the admin app. Every page calls `requirePage`, every server action is built with
 * `action`, every route handler with `route`; each checks the session and the role on the server.
 * The authorisation e2e test enumerates the built routes and actions to prove none is left open.
 */

/** The signed-in user, as the gate saw them for this request. */
export interface Actor {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  sessionId: string;
}

/** Reads the JWT cookie, then the user_sessions row it names: revoked, expired or disabled means no one. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  if (!session?.sid) return null;
  const active = await getActiveSession(getDb(), session.sid);
  if (!active) return null;
  return { ...active.user, sessionId: active.sessionId };
});

/** An admin may do everything an editor may. */
export function hasRole(actor: Actor, role: Role): boolean {
  return role === "editor" || actor.role === "admin";
}

/** Pages: the actor; without a session, a redirect to sign-in (back here after); wrong role, 403. */
export async function requirePage(role: Role = "editor"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const from = (await headers()).get("x-gp-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  }
  if (!hasRole(actor, role)) forbidden();
  return actor;
}

/**
 * Server actions: from another site 403 (the proxy refuses those first; this holds even if its
 * matcher ever misses a path), without a session 401, with the wrong role 403 (Next's auth interrupts).
 */
async function requireActionActor(role: Role): Promise<Actor> {
  if (!isSameOriginRequest("POST", await headers(), env().NEXTAUTH_URL)) forbidden();
  const actor = await currentActor();
  if (!actor) unauthorized();
  if (!hasRole(actor, role)) forbidden();
  return actor;
}

/**
 * Wraps a server action: the session and role are checked before the body runs (and before its
 * arguments are even looked at). Use it for every export of every "use server" module.
 */
export function action<Args extends unknown[], Result>(
  role: Role,
  body: (actor: Actor, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => body(await requireActionActor(role), ...args);
}

/**
 * Wraps a form's server action (previous state, form data), like `action`, and answers a call whose
 * second argument is not form data (a forged or malformed request) with an error state, not a crash.
 */
export function formAction<State extends FormState = FormState>(
  role: Role,
  body: (actor: Actor, formData: FormData, previous: State) => Promise<State>,
): (previous: State, formData: FormData) => Promise<State> {
  return action(role, async (actor, previous: State, formData: FormData) => {
    if (!(formData instanceof FormData))
      return { status: "error", message: "This request is not valid; reload the page and try again." } as State;
    return body(actor, formData, previous);
  });
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * Wraps a route handler: 403 for a cross-site write (as in the proxy), 401 without a session, 403
 * with the wrong role, and errors mapped in one place (a RouteError keeps its status and message;
 * anything else is a 500 without internals).
 */
export function route(
  role: Role,
  body: (request: Request, actor: Actor, params: Record<string, string | string[] | undefined>) => Promise<Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    if (!isSameOriginRequest(request.method, request.headers, env().NEXTAUTH_URL))
      return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403 });
    // The proxy answers this already, but not for the routes it leaves out (the upload).
    if (!(await databaseProbe("primary").available())) return unavailableResponse(request, "admin");
    const actor = await currentActor();
    if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
    if (!hasRole(actor, role)) return Response.json({ error: "Your role does not allow this." }, { status: 403 });
    try {
      return await body(request, actor, await context.params);
    } catch (error) {
      if (error instanceof RouteError)
        return Response.json({ error: error.message, ...error.details }, { status: error.status });
      console.error(error);
      return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}

export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
