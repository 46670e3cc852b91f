import { HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type CardList, englishCardLabels, ResultCards } from "@/components/result-cards";
import { cardData, cardsData, snippetParts } from "./card-data";

const practice: PracticeListItem = {
  slug: "e-services-for-pensioners-1a2b",
  title: "E-services for <pensioners>",
  titleDerived: false,
  language: "en",
  snippet: `Old-age ${HIGHLIGHT_START}pensions${HIGHLIGHT_END} & <b>benefits</b>, paid ${HIGHLIGHT_START}online${HIGHLIGHT_END}.`,
  institution: { slug: "zus", name: "Social Insurance Institution", acronym: "ZUS" },
  country: { slug: "poland", name: "Poland", code: "PL" },
  region: { slug: "europe", name: "Europe" },
  implementationYear: 2021,
  awardYear: 2023,
  awardDistinction: "certificate_of_merit",
  topics: ["a", "b", "c", "d", "e", "f"].map((s) => ({ slug: `topic-${s}`, name: `Topic ${s.toUpperCase()}` })),
};

// React separates adjacent text nodes with empty comments; the text a reader sees is without them.
const render = (
  list: CardList,
  options: { compact?: boolean; headingLevel?: 2 | 3; labels?: typeof englishCardLabels } = {},
) => renderToStaticMarkup(createElement(ResultCards, { ...list, ...options })).replaceAll("<!-- -->", "");

describe("result cards", () => {
  it("split a snippet into text and matched words, however the marks fall", () => {
    expect(snippetParts(`a${HIGHLIGHT_START}b${HIGHLIGHT_END}c`)).toEqual(["a", "b", "c"]);
    expect(snippetParts("plain")).toEqual(["plain"]);
    expect(snippetParts(`${HIGHLIGHT_START}x`)).toEqual(["", "x", ""]);
  });

  it("mark the matched words; the text itself is escaped", () => {
    expect(render(cardsData([practice]))).toContain(
      "<p>Old-age <mark>pensions</mark> &amp; &lt;b&gt;benefits&lt;/b&gt;, paid <mark>online</mark>.</p>",
    );
  });

  it("show the title as a link, who and where, the years and the award, and four topics of six", () => {
    const html = render(cardsData([practice]));
    expect(html).toContain(
      '<li><article class="gp-result"><h2 class="gp-result__title"><a href="/practices/e-services-for-pensioners-1a2b">E-services for &lt;pensioners&gt;</a></h2>',
    );
    expect(html).toContain(
      '<p class="gp-result__meta"><span>Social Insurance Institution</span><span>Poland, Europe</span><span>Implemented 2021</span><span class="gp-badge">Certificate of Merit 2023</span></p>',
    );
    expect(html.match(/<li><a href="\/topics\/topic-[a-d]">Topic [A-D]<\/a><\/li>/g)).toHaveLength(4);
    expect(html).toContain('<li class="gp-tags__more">and 2 more</li>');
  });

  it("compact: a level-3 heading, the country alone, a short excerpt, no topics", () => {
    const html = render(cardsData([{ ...practice, snippet: "word ".repeat(80) }], { compact: true }), {
      compact: true,
      headingLevel: 3,
    });
    expect(html).toMatch(/^<li><article class="gp-result" data-compact="true"><h3 class="gp-result__title">/);
    expect(html).toContain("<span>Poland</span>");
    expect(html).not.toContain("Europe");
    expect(html).not.toContain("<ul");
    expect(/<p>([^<]*)<\/p><\/article>/.exec(html)![1]!.length).toBeLessThanOrEqual(171);
  });

  it("say when a title was taken from the summary, and leave out what a practice lacks", () => {
    const bare = { ...practice, titleDerived: true, implementationYear: null, awardYear: null, topics: [] };
    expect(cardData(bare)).toEqual({
      slug: practice.slug,
      title: practice.title,
      derived: true,
      institution: "Social Insurance Institution",
      place: "Poland, Europe",
      snippet: snippetParts(practice.snippet),
    });
    const html = render(cardsData([bare]));
    expect(html).toContain('<p class="gp-result__derived">Title taken from the summary</p>');
    expect(html).not.toMatch(/Implemented|gp-badge|<ul/);
  });

  it("name each topic once for all the cards, and show the names on every card that lists it", () => {
    const other = { ...practice, slug: "other-1c2d", topics: practice.topics.slice(2) };
    const list = cardsData([practice, other]);
    expect(list.cards.map((card) => card.topics)).toEqual([
      ["topic-a", "topic-b", "topic-c", "topic-d"],
      ["topic-c", "topic-d", "topic-e", "topic-f"],
    ]);
    expect(list.topicNames).toEqual({
      "topic-a": "Topic A",
      "topic-b": "Topic B",
      "topic-c": "Topic C",
      "topic-d": "Topic D",
      "topic-e": "Topic E",
      "topic-f": "Topic F",
    });
    expect(render(list).match(/<a href="\/topics\/topic-c">Topic C<\/a>/g)).toHaveLength(2);
  });

  it("say in a few words that a card is shown in its original language, not yet translated", () => {
    const list = cardsData([{ ...practice, language: "en" }], { context: { locale: "fr" } });
    const labels = { ...englishCardLabels, untranslated: { en: "En anglais, pas encore traduit" } };
    expect(render(list, { labels })).toContain(
      '<h2 class="gp-result__title" lang="en"><a href="/practices/e-services-for-pensioners-1a2b">E-services for &lt;pensioners&gt;</a></h2><p class="gp-result__notice">En anglais, pas encore traduit</p>',
    );
  });
});
