/**
 * Cross-site request refusal: a request that changes something (any method but GET, HEAD and
 * OPTIONS) must come from the admin app's own pages. Browsers send Origin with every such request;
 * it must be the app's public address (NEXTAUTH_URL) or the origin the request was sent to: its
 * scheme (X-Forwarded-Proto behind a proxy, else http: the app itself serves plain HTTP) and host
 * (X-Forwarded-Host behind a proxy, else Host; a page on another site can set none of them). The
 * scheme counts: an https page is another origin than the http app on the same host. Without an Origin,
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
  return url.origin === requestedOrigin(headers);
}

/**
 * The origin a request was sent to: its scheme (X-Forwarded-Proto behind a proxy, which Next.js also
 * sets to the scheme it was reached by; http without one) and host (the first X-Forwarded-Host
 * behind a proxy, else Host); null when there is no usable host.
 */
export function requestedOrigin(headers: Headers): string | null {
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  if (!host) return null;
  const scheme = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  try {
    const url = new URL(`${scheme}://${host}`); // normalised as browsers write Origin (case, default port)
    return url.pathname === "/" && !url.search && !url.username ? url.origin : null;
  } catch {
    return null;
  }
}

export const CROSS_SITE_MESSAGE = "This request came from another site and was refused. Use the admin app's own pages.";
