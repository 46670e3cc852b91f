import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";
import { clientIp } from "./client-ip";

describe("where sign-in leads back to", () => {
  it("keeps paths of this app", () => {
    expect(safeCallbackUrl("/practices/12?tab=history")).toBe("/practices/12?tab=history");
  });

  it("never leads to another site or back to sign-in", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      undefined,
      ["/a"],
      "/sign-in?callbackUrl=/x",
    ]) {
      expect(safeCallbackUrl(value)).toBe("/");
    }
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
