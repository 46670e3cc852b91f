import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { WorldMap } from "./world-map";

describe("world map", () => {
  // The map's words come from the English messages, as on an English page.
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: en, timeZone: "UTC", children: null },
      createElement(WorldMap, {
        id: "m",
        title: "Practices by country",
        counts: [
          { slug: "belgium", name: "Belgium", count: 1200 },
          { slug: "tuvalu", name: "Tuvalu", count: 1 },
          { slug: "atlantis", name: "Atlantis", count: 3 },
          { slug: "chad", name: "Chad", count: 0 },
        ],
        countries: [
          { slug: "belgium", name: "Belgium", numeric: "056" },
          { slug: "tuvalu", name: "Tuvalu", numeric: "798" },
          { slug: "chad", name: "Chad", numeric: "148" },
        ],
        hrefFor: (slug) => `/practices?q=a&country=${slug}`,
        selected: ["tuvalu"],
      }),
    ),
  ).replaceAll("<!-- -->", "");

  it("shades each country with practices that the atlas draws, linked to its filter, with a tooltip", () => {
    expect(html.match(/<a [^>]*class="gp-map__country"/g)).toHaveLength(2);
    expect(html).toContain(
      '<a href="/practices?q=a&amp;country=belgium" tabindex="-1" class="gp-map__country"><title>Belgium: 1,200 practices</title><use href="/map/world.svg#c056" class="gp-map__shade-4"></use></a>',
    );
    expect(html).toContain('class="gp-map__country" data-selected="true"><title>Tuvalu: 1 practice</title>');
    expect(html).not.toContain("#c148");
  });

  it("lists every country with practices in its table, most first, with the same links", () => {
    const rows = [...html.matchAll(/<tr><td><a href="([^"]+)">([^<]+)<\/a><\/td><td>([^<]+)<\/td><\/tr>/g)];
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ["Belgium", "1,200"],
      ["Atlantis", "3"],
      ["Tuvalu", "1"],
    ]);
    expect(rows[1]![1]).toBe("/practices?q=a&amp;country=atlantis");
    expect(html).toContain("Practices by country (3), as a table");
  });
});
