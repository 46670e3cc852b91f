import { databaseProbe } from "@gp/db/availability";
import { nextResource, pageRequestHeaders } from "@gp/ui/proxy-csp";
import { malformedPathResponse, resourceContentSecurityPolicy, setCommonSecurityHeaders } from "@gp/ui/security";
import { unavailableResponse } from "@gp/ui/unavailable";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { csrfCookieName, csrfHeader, csrfToken } from "@/lib/auth/csrf";
import { CROSS_SITE_MESSAGE, isSameOriginRequest } from "@/lib/auth/same-origin";

/**
 * In front of every request but the build's static files:
 * - a request that changes something (a server action, a route handler's POST, next-auth's
 *   sign-in and sign-out) from another site is refused with 403, signed in or not;
 * - while the database does not answer, a calm 503 (a page, or JSON for the API) instead of an error;
 * - the Content-Security-Policy: a fresh nonce for each page, nothing at all for the API;
 * - the requested path goes on to the server components, so a page that redirects to sign-in can
 *   come back to it afterwards;
 * - next-auth's CSRF cookie is set with the page if missing, and its token goes on to the server
 *   components, so the sign-in and sign-out forms post to next-auth without needing a script first.
 * The upload route (POST /api/imports) is left out: Next reads the whole body of a request that
 * passes through a proxy before answering, even when the proxy answers itself, so a 1 GB upload would
 * be received in full just to be refused. The route checks the origin, the database and the declared
 * size itself, before reading a byte of the body.
 * No authorisation happens here: pages, actions and route handlers check the session themselves
 * (lib/auth/guard.ts), and check the origin again.
 */
export async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  const { pathname } = request.nextUrl;
  const malformed = malformedPathResponse(pathname, "admin");
  if (malformed) return malformed;
  if (!isSameOriginRequest(request.method, request.headers, env().NEXTAUTH_URL)) {
    const headers = new Headers({
      "Content-Security-Policy": resourceContentSecurityPolicy,
      "Cache-Control": "no-store",
    });
    setCommonSecurityHeaders(headers, "admin");
    return Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403, headers });
  }
  // The health check asks the database itself, so it tells the truth at once.
  if (pathname !== "/api/health" && !(await databaseProbe("primary").available()))
    return unavailableResponse(request, "admin");

  if (pathname.startsWith("/api/")) return nextResource();
  const { headers, csp } = pageRequestHeaders(request);
  headers.set("x-gp-path", pathname + request.nextUrl.search);
  const { AUTH_SECRET, NEXTAUTH_URL } = env();
  const secure = NEXTAUTH_URL?.startsWith("https://") ?? false;
  const csrf = csrfToken(request.cookies.get(csrfCookieName(secure))?.value, AUTH_SECRET);
  headers.set(csrfHeader, csrf.token);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (csrf.cookie)
    response.cookies.set(csrfCookieName(secure), csrf.cookie, { httpOnly: true, sameSite: "lax", path: "/", secure });
  return response;
}

export const config = { matcher: ["/((?!_next/static/|_next/image|favicon\\.|api/imports$).*)"] };
