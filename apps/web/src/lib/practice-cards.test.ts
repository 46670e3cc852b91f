import { distinctionName, distinctions } from "@gp/db/domain";
import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import fc from "fast-check";
import { createElement as h, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { practiceCard, practiceCards } from "./practice-cards";

// The card as React rendered it before it became a string (components/practice-card.tsx, whose
// links were next/link, rendered as the same <a href>): the string must be the same markup.
function reactCard(practice: PracticeListItem, headingLevel: 2 | 3, compact: boolean): string {
  const distinction = distinctionName(practice.awardDistinction);
  const parts = practice.snippet.split(HIGHLIGHT_START);
  const snippet: ReactNode = parts.map((part, index) => {
    if (index === 0) return h(Fragment, { key: index }, part);
    const [marked = "", rest = ""] = part.split(HIGHLIGHT_END);
    return h(Fragment, { key: index }, h("mark", null, marked), rest);
  });
  const tags =
    practice.topics.length && !compact
      ? h(
          "ul",
          { className: "gp-tags", "aria-label": "Topics" },
          practice.topics
            .slice(0, 4)
            .map((t) => h("li", { key: t.slug }, h("a", { href: `/topics/${t.slug}` }, t.name))),
          practice.topics.length > 4
            ? h("li", { className: "gp-tags__more" }, "and ", practice.topics.length - 4, " more")
            : null,
        )
      : null;
  const element = h(
    "article",
    { className: "gp-result", "data-compact": compact || undefined },
    h(
      headingLevel === 2 ? "h2" : "h3",
      { className: "gp-result__title" },
      h("a", { href: `/practices/${practice.slug}` }, practice.title),
    ),
    practice.titleDerived ? h("p", { className: "gp-result__derived" }, "Title taken from the summary") : null,
    h(
      "p",
      { className: "gp-result__meta" },
      h("span", null, practice.institution.name),
      h("span", null, practice.country.name, compact ? null : `, ${practice.region.name}`),
      practice.implementationYear ? h("span", null, "Implemented ", practice.implementationYear) : null,
      practice.awardYear
        ? h(
            "span",
            { className: "gp-badge gp-result__award" },
            distinction ? `${distinction} ${practice.awardYear}` : `Awarded ${practice.awardYear}`,
          )
        : null,
    ),
    h("p", { className: "gp-result__snippet" }, compact ? excerpt(practice.snippet, 170) : snippet),
    tags,
  );
  // React separates adjacent text nodes with empty comments; the DOM text is the same without them.
  return renderToStaticMarkup(element).replaceAll("<!-- -->", "");
}

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("<", ">", '"', "'", "&", "a", " ", "é"), maxLength: 30 }),
);
const snippet = fc
  .array(fc.oneof(text, fc.constant(HIGHLIGHT_START), fc.constant(HIGHLIGHT_END)), { maxLength: 8 })
  .map((parts) => parts.join(""));
const year = fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null });
const practice: fc.Arbitrary<PracticeListItem> = fc.record({
  slug: text,
  title: text,
  titleDerived: fc.boolean(),
  snippet,
  institution: fc.record({ slug: text, name: text, acronym: fc.option(text, { nil: null }) }),
  country: fc.record({ slug: text, name: text, code: text }),
  region: fc.record({ slug: text, name: text }),
  implementationYear: year,
  awardYear: year,
  awardDistinction: fc.option(fc.oneof(fc.constantFrom(...distinctions.map((d) => d.value)), text), { nil: null }),
  topics: fc.array(fc.record({ slug: text, name: text }), { maxLength: 7 }),
});

describe("practice cards", () => {
  it("are the markup React rendered, for any data", () => {
    fc.assert(
      fc.property(practice, fc.constantFrom<2 | 3>(2, 3), fc.boolean(), (p, headingLevel, compact) => {
        expect(practiceCard(p, { headingLevel, compact }).text).toBe(reactCard(p, headingLevel, compact));
      }),
      { numRuns: 300 },
    );
  });

  it("put each card in a list item, in order", () => {
    fc.assert(
      fc.property(fc.array(practice, { maxLength: 5 }), (items) => {
        expect(practiceCards(items).text).toBe(items.map((p) => `<li>${reactCard(p, 2, false)}</li>`).join(""));
      }),
    );
  });

  it("mark the matched words of a snippet", () => {
    const p = fc.sample(practice, { numRuns: 1, seed: 1 })[0]!;
    const card = practiceCard({
      ...p,
      snippet: `Old-age ${HIGHLIGHT_START}pensions${HIGHLIGHT_END} & <b>benefits</b>`,
    }).text;
    expect(card).toContain(
      '<p class="gp-result__snippet">Old-age <mark>pensions</mark> &amp; &lt;b&gt;benefits&lt;/b&gt;</p>',
    );
  });
});
