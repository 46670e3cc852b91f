import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csrfCookieName, csrfToken } from "./csrf";

// next-auth's own check (not a public entry point, so loaded by its path), to prove the proxy's
// cookies are next-auth's format: a token issued here passes there, and the other way round.
const require = createRequire(import.meta.url);
const nextAuthDir = path.dirname(require.resolve("next-auth")); // its index.js is at the top
const { createCSRFToken } = require(path.join(nextAuthDir, "core/lib/csrf-token.js")) as {
  createCSRFToken(args: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }): {
    csrfToken: string;
    csrfTokenVerified?: boolean;
    cookie?: string;
  };
};

const secret = "a secret of at least thirty-two characters";

describe("next-auth's CSRF cookie, set by the proxy", () => {
  it("issues a cookie that next-auth accepts for a POST carrying the token", () => {
    const issued = csrfToken(undefined, secret);
    expect(issued.cookie).toBe(`${issued.token}|${issued.cookie!.split("|")[1]}`);
    const checked = createCSRFToken({
      options: { secret },
      cookieValue: issued.cookie,
      isPost: true,
      bodyValue: issued.token,
    });
    expect(checked).toEqual({ csrfToken: issued.token, csrfTokenVerified: true });
  });

  it("keeps next-auth's valid cookie, and replaces a forged or foreign one", () => {
    const fromNextAuth = createCSRFToken({ options: { secret }, isPost: false });
    expect(csrfToken(fromNextAuth.cookie, secret)).toEqual({ token: fromNextAuth.csrfToken });
    for (const forged of [
      `${"a".repeat(64)}|${"b".repeat(64)}`,
      "junk",
      csrfToken(undefined, "another secret").cookie,
    ]) {
      const replaced = csrfToken(forged, secret);
      expect(replaced.cookie).toBeDefined();
      expect(replaced.token).not.toBe(forged?.split("|")[0]);
    }
  });

  it("names the cookie as next-auth does", () => {
    expect(csrfCookieName(false)).toBe("next-auth.csrf-token");
    expect(csrfCookieName(true)).toBe("__Host-next-auth.csrf-token");
  });
});
