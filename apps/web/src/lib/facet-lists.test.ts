import type { TopicOption } from "@gp/db/search";
import { describe, expect, it } from "vitest";
import { facetList, topicList, yearSpan } from "./facet-lists";

const option = (slug: string, count: number) => ({ slug, name: slug.toUpperCase(), count });

describe("facet lists", () => {
  const countries = [option("a", 9), option("b", 7), option("c", 5), option("d", 0), option("e", 3)];

  it("show the first values with practices, and how many are left out", () => {
    const list = facetList(countries, [], 2);
    expect(list.shown.map((o) => o.slug)).toEqual(["a", "b"]);
    expect(list.hidden).toBe(2);
    expect(facetList(countries, []).hidden).toBe(0);
    expect(facetList(countries, []).shown.map((o) => o.slug)).toEqual(["a", "b", "c", "e"]);
  });

  it("always list the selected values, ticked, even without practices or unknown to the counts", () => {
    const list = facetList(countries, ["e", "d", "zz"], 1);
    expect(list.shown.map((o) => [o.slug, o.checked])).toEqual([
      ["a", false],
      ["d", true],
      ["e", true],
      ["zz", true],
    ]);
    expect(list.hidden).toBe(2); // b and c
  });

  const topic = (slug: string, count: number, parent: string | null = null): TopicOption => ({
    slug,
    name: slug,
    count,
    parent,
    depth: parent ? 1 : 0,
  });
  const tree = [
    topic("ict", 10),
    topic("e-services", 6, "ict"),
    topic("data", 2, "ict"),
    topic("pensions", 8),
    topic("disability", 1, "pensions"),
    topic("health", 0),
  ];

  it("keep the topics with the most practices, with their parents, in tree order", () => {
    const list = topicList(tree, [], 2);
    expect(list.shown.map((t) => t.slug)).toEqual(["ict", "pensions"]);
    expect(list.hidden).toBe(3);
    const deeper = topicList(tree, ["disability"], 3);
    expect(deeper.shown.map((t) => [t.slug, t.depth, t.checked])).toEqual([
      ["ict", 0, false],
      ["e-services", 1, false],
      ["pensions", 0, false],
      ["disability", 1, true],
    ]);
    expect(topicList(tree, []).shown.map((t) => t.slug)).toEqual([
      "ict",
      "e-services",
      "data",
      "pensions",
      "disability",
    ]);
  });

  it("span every year between the first and the last, selected years included", () => {
    expect(
      yearSpan([
        { year: 2003, count: 1 },
        { year: 2001, count: 2 },
      ]),
    ).toEqual([2001, 2002, 2003]);
    expect(yearSpan([{ year: 2003, count: 1 }], [1999, undefined])).toEqual([1999, 2000, 2001, 2002, 2003]);
    expect(yearSpan([])).toEqual([]);
  });
});
