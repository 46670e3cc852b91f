import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to the server components, so a page that redirects to sign-in can
 * come back to it afterwards. No authorisation happens here: pages, actions and route handlers
 * check the session themselves (lib/auth/guard.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("x-gp-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|api/|favicon.ico).*)"] };
