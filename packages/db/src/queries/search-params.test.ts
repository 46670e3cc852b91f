import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, effectiveSort, MAX_QUERY_LENGTH, parseSearchParams, toQueryString } from "./search-params";

describe("parsing the search query string", () => {
  it("ignores values that are not strings (Next.js gives a repeated parameter named valueOf as [a function, value])", () => {
    const raw = { valueOf: [Object.prototype.valueOf, "%"], q: "pension" } as unknown as Record<string, string[]>;
    const parsed = parseSearchParams(raw);
    expect(parsed.params.q).toBe("pension");
    expect(parsed.issues).toEqual([]);
  });

  it("reads every parameter, repeated or comma-separated", () => {
    const { params, issues } = parseSearchParams(
      new URLSearchParams(
        "q=old+age&topic=old-age-pensions&topic=e-services,children&country=paraguay&region=americas&institution=ips" +
          "&implementedFrom=2015&implementedTo=2020&awardYear=2021&awardYear=2023&distinction=certificate-of-merit&sort=newest-award&page=3&pageSize=50",
      ),
    );
    expect(issues).toEqual([]);
    expect(params).toEqual({
      q: "old age",
      topic: ["old-age-pensions", "e-services", "children"],
      country: ["paraguay"],
      region: ["americas"],
      institution: ["ips"],
      implementedFrom: 2015,
      implementedTo: 2020,
      awardYear: [2021, 2023],
      distinction: ["certificate-of-merit"],
      sort: "newest-award",
      page: 3,
      pageSize: 50,
    });
  });

  it("accepts Next.js searchParams objects and ignores unknown parameters and empty values", () => {
    const { params, issues } = parseSearchParams({
      q: "  fraud ",
      utm_source: "mail",
      topic: ["a", ""],
      implementedFrom: "",
      page: undefined,
    });
    expect(issues).toEqual([]);
    expect(params).toMatchObject({ q: "fraud", topic: ["a"], page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(params.implementedFrom).toBeUndefined();
  });

  it("names the parameter of each invalid value and keeps the valid ones", () => {
    const { params, issues } = parseSearchParams(
      new URLSearchParams(
        "page=-1&awardYear=abc&awardYear=2020&topic=Not%20a%20slug!&sort=random&pageSize=1000&distinction=gold",
      ),
    );
    expect(issues.map((i) => i.param).sort()).toEqual([
      "awardYear",
      "distinction",
      "page",
      "pageSize",
      "sort",
      "topic",
    ]);
    expect(issues.find((i) => i.param === "awardYear")?.message).toBe(
      'awardYear must be a year between 1900 and 2200; "abc" is not.',
    );
    expect(issues.find((i) => i.param === "page")?.message).toMatch(/page must be a whole number from 1/);
    expect(params).toMatchObject({
      page: 1,
      awardYear: [2020],
      topic: [],
      distinction: [],
      pageSize: DEFAULT_PAGE_SIZE,
    });
    expect(params.sort).toBeUndefined();
  });

  it("refuses a query of 10 kB with a clear message", () => {
    const { params, issues } = parseSearchParams({ q: "pension ".repeat(1280) });
    expect(params.q).toBe("");
    expect(issues).toEqual([
      {
        param: "q",
        message: `The search text is too long (10239 characters); use at most ${MAX_QUERY_LENGTH} characters.`,
      },
    ]);
  });

  it("refuses a query with a NUL character, which PostgreSQL text cannot hold", () => {
    const { params, issues } = parseSearchParams(new URLSearchParams("q=pension%00reform&page=2"));
    expect(params).toMatchObject({ q: "", page: 2 });
    expect(issues).toEqual([{ param: "q", message: "The search text contains a NUL character (%00); remove it." }]);
  });

  it("ignores an implementation range that ends before it starts", () => {
    const { params, issues } = parseSearchParams({ implementedFrom: "2020", implementedTo: "2010" });
    expect(params).toMatchObject({ implementedFrom: 2020 });
    expect(params.implementedTo).toBeUndefined();
    expect(issues[0]?.param).toBe("implementedTo");
  });

  it("writes a canonical query string that parses back to the same search", () => {
    const input = "q=fraud&country=belgium&country=poland&awardYear=2020&page=2&sort=newest-implementation";
    const { params } = parseSearchParams(new URLSearchParams(input));
    const text = toQueryString(params);
    expect(text).toBe("?q=fraud&country=belgium&country=poland&awardYear=2020&sort=newest-implementation&page=2");
    expect(parseSearchParams(new URLSearchParams(text.slice(1))).params).toEqual(params);
    expect(toQueryString(params, { country: [], page: 1 })).toBe("?q=fraud&awardYear=2020&sort=newest-implementation");
  });

  it("sorts by relevance with a query and by newest award without one, unless told", () => {
    expect(effectiveSort({ q: "x" })).toBe("relevance");
    expect(effectiveSort({ q: "" })).toBe("newest-award");
    expect(effectiveSort({ q: "x", sort: "newest-implementation" })).toBe("newest-implementation");
  });
});
