import { createHash, randomBytes } from "node:crypto";

// next-auth v4 protects its POST endpoints (sign-in, sign-out) with a double-submit token: a cookie
// "token|sha256(token + secret)" and the same token in the form. next-auth sets that cookie only on
// its own /api/auth/* answers, so a form that must work before any script has run (sign-in without
// JavaScript, sign-out) needs it set with the page: the proxy does so, in next-auth's format
// (next-auth/core/lib/csrf-token.js), and hands the token to the page in a request header.

/** Request header by which the proxy passes the CSRF token to the page it renders. */
export const csrfHeader = "x-gp-csrf-token";

/** next-auth's name for the cookie (the __Host- prefix when cookies are Secure). */
export function csrfCookieName(secure: boolean): string {
  return secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token";
}

function digest(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The token of a valid cookie, or a new token with the cookie value to set. */
export function csrfToken(cookieValue: string | undefined, secret: string): { token: string; cookie?: string } {
  if (cookieValue) {
    const [token, hash] = cookieValue.split("|");
    if (token && hash === digest(token, secret)) return { token };
  }
  const token = randomBytes(32).toString("hex");
  return { token, cookie: `${token}|${digest(token, secret)}` };
}
