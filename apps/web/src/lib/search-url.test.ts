import { parseSearchParams } from "@gp/db/search";
import { describe, expect, it } from "vitest";
import { pageHref, pageQuery, parseMore, sameQuery, toggled } from "./search-url";

describe("the search page's URL state", () => {
  it("reads `more` comma-separated or repeated, known names only, in a fixed order", () => {
    expect(parseMore({ more: "country,topic" })).toEqual(["topic", "country"]);
    expect(parseMore(new URLSearchParams("more=year&more=map,bogus&more="))).toEqual(["year", "map"]);
    expect(parseMore({ more: ["institution", " topic "] })).toEqual(["topic", "institution"]);
    expect(parseMore({})).toEqual([]);
  });

  it("writes `more` after the search's own parameters, and not at all when empty", () => {
    const { params } = parseSearchParams({ q: "pension", country: "poland", page: "2" });
    expect(pageQuery({ params, more: ["topic", "country"] })).toBe(
      "?q=pension&country=poland&page=2&more=topic,country",
    );
    expect(pageQuery({ params, more: [] })).toBe("?q=pension&country=poland&page=2");
    expect(pageHref({ params: parseSearchParams({}).params, more: ["map"] })).toBe("/practices?more=map");
    expect(pageHref({ params, more: ["map"] }, { page: 1 }, toggled(["map"], "map"))).toBe(
      "/practices?q=pension&country=poland",
    );
  });

  it("toggles one list and keeps the others", () => {
    expect(toggled(["topic"], "country")).toEqual(["topic", "country"]);
    expect(toggled(["topic", "country"], "topic")).toEqual(["country"]);
  });

  it("compares query strings by their values, not by the order of the parameters or their escaping", () => {
    expect(sameQuery("?q=a&more=topic,country", "q=a&more=topic%2Ccountry")).toBe(true);
    expect(sameQuery("?region=europe&country=poland", "?country=poland&region=europe")).toBe(true);
    expect(sameQuery("?country=poland&country=chad", "?country=chad&country=poland")).toBe(false);
    expect(sameQuery("?q=a", "?q=a&topic=")).toBe(false);
  });
});
