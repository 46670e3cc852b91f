import { NextResponse } from "next/server";
import { createNonce, NONCE_HEADER, pageContentSecurityPolicy, resourceContentSecurityPolicy } from "./security";

/** For both apps' proxies: an API answer or a file goes on with the policy that runs nothing. */
export function nextResource(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", resourceContentSecurityPolicy);
  return response;
}

/**
 * For both apps' proxies: a page's request headers with a fresh nonce and its policy, for the
 * server components to read; the proxy sets `csp` on the response it returns too.
 */
export function pageRequestHeaders(request: Request): { headers: Headers; csp: string } {
  const nonce = createNonce();
  const csp = pageContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  headers.set(NONCE_HEADER, nonce);
  return { headers, csp };
}
