import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const h = (headers: Record<string, string>) => new Headers(headers);

describe("refusing cross-site requests", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(isSameOriginRequest(method, h({ origin: "https://evil.example", host: "admin.example.org" }))).toBe(true);
  });

  it("accepts a POST from the host it was sent to, or from NEXTAUTH_URL's origin", () => {
    expect(isSameOriginRequest("POST", h({ origin: "http://localhost:3001", host: "localhost:3001" }))).toBe(true);
    // Behind a load balancer the Host is internal: the forwarded host, or the configured address, counts.
    expect(
      isSameOriginRequest(
        "POST",
        h({
          origin: "https://admin.example.org",
          host: "10.0.0.5:3001",
          "x-forwarded-host": "admin.example.org",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe(true);
    expect(
      isSameOriginRequest(
        "POST",
        h({ origin: "https://admin.example.org", host: "10.0.0.5:3001" }),
        "https://admin.example.org",
      ),
    ).toBe(true);
  });

  it("refuses a POST, PUT or DELETE from another site, a sibling subdomain, another port or an opaque origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(
        isSameOriginRequest(
          method,
          h({ origin: "https://evil.example", host: "admin.example.org" }),
          "https://admin.example.org",
        ),
      ).toBe(false);
    }
    expect(isSameOriginRequest("POST", h({ origin: "https://www.example.org", host: "admin.example.org" }))).toBe(
      false,
    );
    expect(isSameOriginRequest("POST", h({ origin: "http://localhost:3000", host: "localhost:3001" }))).toBe(false);
    expect(isSameOriginRequest("POST", h({ origin: "null", host: "localhost:3001" }))).toBe(false);
    expect(isSameOriginRequest("POST", h({ origin: "not a url", host: "localhost:3001" }))).toBe(false);
    // The configured address's scheme matters: https is not http.
    expect(
      isSameOriginRequest(
        "POST",
        h({ origin: "http://admin.example.org", host: "10.0.0.5" }),
        "https://admin.example.org",
      ),
    ).toBe(false);
  });

  it("refuses an Origin with the right host but another scheme", () => {
    // Next.js sets X-Forwarded-Proto to the scheme it was reached by (http here) when no proxy did.
    expect(
      isSameOriginRequest(
        "POST",
        h({ origin: "https://localhost:3401", host: "localhost:3401", "x-forwarded-proto": "http" }),
      ),
    ).toBe(false);
    expect(isSameOriginRequest("POST", h({ origin: "https://localhost:3401", host: "localhost:3401" }))).toBe(false);
    expect(
      isSameOriginRequest(
        "POST",
        h({
          origin: "http://admin.example.org",
          host: "10.0.0.5",
          "x-forwarded-host": "admin.example.org",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe(false);
    // The default port is the same origin written either way.
    expect(isSameOriginRequest("POST", h({ origin: "http://localhost", host: "localhost:80" }))).toBe(true);
    expect(isSameOriginRequest("POST", h({ origin: "http://localhost:3401", host: "localhost:3401" }))).toBe(true);
  });

  it("without an Origin, trusts Sec-Fetch-Site when a browser sent it", () => {
    expect(isSameOriginRequest("POST", h({ host: "localhost:3001", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest("POST", h({ host: "localhost:3001", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest("POST", h({ host: "localhost:3001", "sec-fetch-site": "same-origin" }))).toBe(true);
    // A command-line client sends neither, and has no browser's cookies to misuse.
    expect(isSameOriginRequest("POST", h({ host: "localhost:3001" }))).toBe(true);
  });
});
