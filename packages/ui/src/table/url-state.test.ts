import { describe, expect, it } from "vitest";
import { parseTableState, tableSearch } from "./url-state";

const options = { sorts: ["title", "year"], defaultSort: { id: "year", desc: true } } as const;

describe("table state in the URL", () => {
  it("reads page (1-based in the URL), size and sort", () => {
    expect(parseTableState(new URLSearchParams("page=3&size=50&sort=-title"), options)).toEqual({
      page: 2,
      pageSize: 50,
      sort: "title",
      desc: true,
    });
    expect(parseTableState({ sort: "title" }, options)).toEqual({ page: 0, pageSize: 25, sort: "title", desc: false });
  });

  it("falls back to defaults for anything malformed", () => {
    for (const query of [
      "page=0",
      "page=-1",
      "page=abc",
      "page=1.5",
      "size=7",
      "sort=password",
      "sort=-",
      "page=9999999",
    ]) {
      expect(parseTableState(new URLSearchParams(query), options)).toEqual({
        page: 0,
        pageSize: 25,
        sort: "year",
        desc: true,
      });
    }
    expect(parseTableState({ page: ["2", "5"] }, { sorts: [] })).toEqual({
      page: 1,
      pageSize: 25,
      sort: null,
      desc: false,
    });
  });

  it("writes a new state, keeping the filters", () => {
    const base = { page: 1, pageSize: 25, sort: "year", desc: true };
    expect(tableSearch(new URLSearchParams("q=fraud&page=2"), { page: 0 }, base)).toBe("?q=fraud&size=25&sort=-year");
    expect(tableSearch(new URLSearchParams("status=draft"), { sort: "title", desc: false }, base)).toBe(
      "?status=draft&page=2&size=25&sort=title",
    );
  });
});
