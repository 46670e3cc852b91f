// Arbitraries for the public site's fuzz spec: query strings and path segments made of real and
// hostile values, and the checks every answer must pass.
import type { APIResponse } from "@playwright/test";
import { expect } from "@playwright/test";
import "@gp/db/testing/fast-check"; // the run's fixed seed (FC_SEED)
import fc from "fast-check";

/** Every parameter the public search, API, downloads and feed read (search-params.ts, the OpenAPI doc). */
export const searchParamNames = [
  "q",
  "topic",
  "country",
  "region",
  "institution",
  "implementedFrom",
  "implementedTo",
  "awardYear",
  "distinction",
  "sort",
  "page",
  "pageSize",
];

/** Percent-encodes every byte of the UTF-8 form but the unreserved ones (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

/** Already-encoded fragments a client may send as they are: malformed escapes, overlong and surrogate UTF-8, NUL, separators. */
const rawFragments = [
  "%",
  "%%",
  "%zz",
  "%E",
  "%C0%80",
  "%ED%A0%80",
  "%FF%FE",
  "%00",
  "%0D%0A",
  "%2C%2C",
  ",",
  ",,a,",
  "+",
  "%2B",
  "=",
  "==",
  "&&",
  ";",
  "%3B",
  "%5B%5D",
  "[]",
  "%26",
  "%3D",
];

/** Values that mean something to the parser, PostgreSQL's websearch syntax or JavaScript's number parsing. */
const interesting = [
  "",
  " ",
  "0",
  "-1",
  "1",
  "01",
  "1e3",
  "1.5",
  "0x7d0",
  "2020 ",
  " 1999",
  "1899",
  "2201",
  "9".repeat(30),
  "NaN",
  "Infinity",
  "-0",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "toString",
  '"',
  '""',
  '"unclosed',
  "-",
  "--",
  "or",
  "or or",
  "and",
  "!",
  "!!",
  "&",
  "|",
  "<->",
  ":*",
  "(",
  ")",
  "'",
  "\\",
  "\\\\",
  "pension -pension",
  '"a phrase" or -b',
  "ğüşıöç",
  "ß",
  "İ",
  "ﬁ",
  "Ⅻ",
  "١٢٣",
  "𝟚𝟘𝟚𝟘",
  "😀",
  "👩‍👩‍👧",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\u0000",
  "\u0007",
  "\t\n\r",
  "a\u0301",
  "relevance",
  "newest-award",
  "RELEVANCE",
  "good-practice-award",
  "certificate-of-merit",
  "americas",
  "europe",
  "AMERICAS",
  "a-",
  "-a",
  "a--b",
  "a".repeat(121),
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "%",
  "${x}",
  "{{x}}",
  "../../etc/passwd",
  "..",
  ".",
  "/",
  "//",
];

export interface Known {
  topic: string[];
  country: string[];
  region: string[];
  institution: string[];
  practice: string[];
}

/** Any value: real slugs (alone or comma-joined), interesting ones, arbitrary unicode (lone surrogates too), long ones. */
export function valueArbitrary(known: Known, { long = true } = {}): fc.Arbitrary<string> {
  const slugs = [...known.topic, ...known.country, ...known.region, ...known.institution];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...interesting) },
    { weight: 3, arbitrary: fc.constantFrom(...slugs) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...slugs, ...interesting), { minLength: 2, maxLength: 6 })
        .map((v) => v.join(",")),
    },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: -3000, max: 3000 }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    ...(long ? [{ weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 200, maxLength: 1500 }) }] : []),
  );
}

/** One encoded name=value pair, sometimes with a raw fragment spliced in. */
function pairArbitrary(known: Known, long: boolean): fc.Arbitrary<string> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...searchParamNames) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const value = fc.oneof(
    { weight: 5, arbitrary: valueArbitrary(known, { long }).map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...rawFragments) },
  );
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(name.map(percentEncode), value).map(([n, v]) => `${n}=${v}`) },
    { weight: 1, arbitrary: name.map(percentEncode) }, // a name without "="
    { weight: 1, arbitrary: fc.constantFrom(...rawFragments) },
  );
}

/**
 * A query string (with "?", or empty): several pairs, and sometimes a short one repeated many times
 * (past the 50-value limit too). Kept under 12,000 characters: longer URLs are refused by Node.js
 * before the app (the huge-q test covers that).
 */
export function queryArbitrary(known: Known): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(pairArbitrary(known, true), { maxLength: 8 }),
      fc.option(fc.tuple(pairArbitrary(known, false), fc.integer({ min: 2, max: 120 })), { freq: 4 }),
    )
    .map(([pairs, repeated]) => [...pairs, ...(repeated ? Array.from({ length: repeated[1] }, () => repeated[0]) : [])])
    .map((pairs) => (pairs.length ? `?${pairs.join("&")}` : ""))
    .filter((query) => query.length < 12_000);
}

/** A path segment: a real slug, or anything (encoded), or a raw fragment. */
export function segmentArbitrary(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((s) => s.toUpperCase()) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.constantFrom(...interesting),
          fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
          fc.string({ unit: "grapheme-ascii", minLength: 200, maxLength: 1000 }),
        )
        .map(percentEncode),
    },
    { weight: 1, arbitrary: fc.constantFrom(...rawFragments.filter((f) => f !== "" && !f.includes("/"))) },
  );
}

/**
 * What every JSON error of the public API looks like: a message; for a bad query string
 * (`issues: true`), each bad parameter named with its own message.
 */
export async function expectApiError(response: APIResponse, what: string, { issues = false } = {}): Promise<void> {
  expect(response.headers()["content-type"], what).toContain("application/json");
  const body = (await response.json()) as { error?: unknown; issues?: Array<{ param?: unknown; message?: unknown }> };
  expect(typeof body.error === "string" && body.error.length > 0, what).toBe(true);
  if (issues) {
    expect(body.issues?.length, what).toBeGreaterThan(0);
    for (const issue of body.issues!) {
      expect(
        typeof issue.param === "string" && typeof issue.message === "string" && issue.message.length > 0,
        what,
      ).toBe(true);
      expect(body.error, what).toContain(issue.param);
    }
  }
}
