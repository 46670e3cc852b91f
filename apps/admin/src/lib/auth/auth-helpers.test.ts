import { describe, expect, it } from "vitest";
import { safeCallbackUrl, sameOriginPath } from "./callback-url";
import { clientIp } from "./client-ip";

const origin = "http://localhost:3001";

describe("where sign-in leads back to", () => {
  it("keeps paths of this app, and this app's own absolute addresses as paths", () => {
    expect(safeCallbackUrl("/practices/12?tab=history", origin)).toBe("/practices/12?tab=history");
    // next-auth hands back the address it remembered as an absolute URL.
    expect(safeCallbackUrl("http://localhost:3001/topics", origin)).toBe("/topics");
    expect(safeCallbackUrl("/a%09b", origin)).toBe("/a%09b");
  });

  it("never leads to another site or back to sign-in", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      "javascript:alert(1)",
      "https://localhost:3001/",
      "http://localhost:3002/",
      "http://localhost:3001@evil.example/",
      "",
      undefined,
      ["/a"],
      "/sign-in?callbackUrl=/x",
    ]) {
      expect(safeCallbackUrl(value, origin), String(value)).toBe("/");
    }
  });

  it("refuses control characters, which browsers drop before following a URL", () => {
    // "/\t/evil.example" is "//evil.example" to a browser: another site.
    for (const value of [
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/x\ny",
      "/\r\nSet-Cookie: a=b",
      "/\u0000",
      "/\u007f",
    ])
      expect(safeCallbackUrl(value, origin), JSON.stringify(value)).toBe("/");
  });

  it("leads next-auth's redirects to this app only, sign-out's return to sign-in included", () => {
    expect(sameOriginPath("/sign-in?signedOut=1", origin)).toBe("/sign-in?signedOut=1");
    expect(sameOriginPath("http://localhost:3001/practices", origin)).toBe("/practices");
    expect(sameOriginPath("/\t/evil.example", origin)).toBeNull();
    expect(sameOriginPath("https://evil.example/", origin)).toBeNull();
  });
});

describe("the client address for the per-IP limit", () => {
  it("is the last X-Forwarded-For hop, the one the nearest proxy saw", () => {
    expect(clientIp("203.0.113.7")).toBe("203.0.113.7");
    expect(clientIp("10.0.0.1, 198.51.100.2 ,203.0.113.7")).toBe("203.0.113.7");
  });

  it("is 'unknown' when missing or absurd", () => {
    expect(clientIp(undefined)).toBe("unknown");
    expect(clientIp(" , ")).toBe("unknown");
    expect(clientIp("x".repeat(200))).toBe("unknown");
  });
});
