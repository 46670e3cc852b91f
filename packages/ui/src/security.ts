import { uiEnv } from "./env";

/**
 * The security headers of both apps, in one place.
 *
 * Pages get a Content-Security-Policy with a fresh nonce per request, set by each app's proxy.ts:
 * Next.js reads the nonce from the request's CSP header and puts it on its own scripts, and
 * 'strict-dynamic' lets those load the page's chunks. No inline script, style element or style
 * attribute runs without the nonce. Everything that is not a page (API answers, files) gets a
 * policy that allows nothing at all. The other headers are the same on every response and come
 * from next.config.ts.
 */

export type AppName = "web" | "admin";

const development = uiEnv.NODE_ENV === "development";

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of a page rendered for one request. */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // 'self' is for browsers without 'strict-dynamic'; React's development build needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Next.js's development server injects styles without the nonce.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Neither app is meant to be framed: no clickjacking of the admin's buttons, nor of the site.
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of everything that is not a page: an API answer or a file opened on its own runs nothing. */
export const resourceContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The request header that carries the nonce to server components (e.g. for a <Script nonce>). */
export const NONCE_HEADER = "x-nonce";

/**
 * The headers of every response, pages and files alike (next.config.ts `headers()`). HSTS only in
 * production: it tells browsers to use https for a year, which a development server cannot keep.
 */
export function commonSecurityHeaders(app: AppName): Array<{ key: string; value: string }> {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // The admin's addresses (ids, filters) are nobody else's business; the public site tells other
    // sites only that a visitor came from it.
    { key: "Referrer-Policy", value: app === "admin" ? "same-origin" : "strict-origin-when-cross-origin" },
    // frame-ancestors for browsers that predate it.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(uiEnv.NODE_ENV === "production"
      ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
      : []),
  ];
}

/** Every header of `commonSecurityHeaders`, for a response that a proxy answers itself. */
export function setCommonSecurityHeaders(headers: Headers, app: AppName): void {
  for (const { key, value } of commonSecurityHeaders(app)) headers.set(key, value);
}

/**
 * A 400 for a path with a bad escape ("%", "%zz", or bytes that are not UTF-8, e.g. "%ED%A0%80"),
 * else null. Next.js 16 answers a bare 500 when it cannot decode a dynamic segment
 * (vercel/next.js#92557); such an address names nothing, so each app's proxy refuses it first.
 */
export function malformedPathResponse(pathname: string, app: AppName): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const headers = new Headers({
      "Content-Security-Policy": resourceContentSecurityPolicy,
      "Cache-Control": "no-store",
    });
    setCommonSecurityHeaders(headers, app);
    return Response.json(
      {
        error:
          "This address has a malformed percent-escape (a % not followed by two hex digits, or bytes that are not UTF-8).",
      },
      { status: 400, headers },
    );
  }
}
