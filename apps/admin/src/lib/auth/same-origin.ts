/**
 * Cross-site request refusal: a request that changes something (any method but GET, HEAD and
 * OPTIONS) must come from the admin app's own pages. Browsers send Origin with every such request;
 * it must be the app's public address (NEXTAUTH_URL) or the host the request was sent to (Host, or
 * X-Forwarded-Host behind a proxy; a page on another site cannot set either). Without an Origin,
 * Sec-Fetch-Site decides when present; a client that sends neither is not a browser and so cannot
 * be carrying someone else's session by accident.
 */
export function isSameOriginRequest(method: string, headers: Headers, appUrl?: string): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return true;
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  let url: URL;
  try {
    url = new URL(origin); // "null" (a sandboxed or privacy-sensitive context) does not parse: refused.
  } catch {
    return false;
  }
  if (appUrl && url.origin === new URL(appUrl).origin) return true;
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return url.host === (forwardedHost || headers.get("host"));
}

export const CROSS_SITE_MESSAGE = "This request came from another site and was refused. Use the admin app's own pages.";
