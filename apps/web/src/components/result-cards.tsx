"use client";

// A client component without state or effects, on purpose. The App Router sends a server component's
// output to the browser twice: as HTML, and as an element tree in the flight data inlined in the page
// (`self.__next_f.push`), where each element costs about twice its HTML. A client component's flight
// data is only its props. For twenty cards of a search at 100k practices that is 63 KB as server
// components and 34 KB as this component fed with the text below (see apps/web/README.md). A topic's
// name is sent once for all the cards (`topicNames`), not with every card that lists it.

/** A card's content, prepared on the server (lib/card-data.ts): text only, nothing to compute here. */
export interface CardData {
  slug: string;
  title: string;
  /** Set when the title was taken from the summary. */
  derived?: true;
  institution: string;
  /** "Country, Region", or the country alone on a compact card. */
  place: string;
  implemented?: number;
  /** "Certificate of Merit 2023", "Awarded 2023". */
  award?: string;
  /** The snippet's text, alternating with its matched words: odd items are marked. */
  snippet: string[];
  /** The slugs of the first topics (their names are in `topicNames`); `moreTopics` says how many are left out. */
  topics?: string[];
  moreTopics?: number;
  /** The language of the title and snippet, when it is not the page's (no translation yet): the card says so. */
  lang?: string;
}

/** The cards' own words in the page's language; `{year}` and `{n}` are filled in here. */
export interface CardLabels {
  /** Where the practices link to: "/practices" or "/fr/practices"; the topics likewise. */
  practices: string;
  topics: string;
  derived: string;
  implemented: string;
  topicsLabel: string;
  more: string;
  /** By language: "In English, not yet translated." */
  untranslated: Record<string, string>;
}

/** The cards of a list, and the names of the topics they show, by slug. */
export interface CardList {
  cards: CardData[];
  topicNames: Record<string, string>;
}

export const englishCardLabels: CardLabels = {
  practices: "/practices",
  topics: "/topics",
  derived: "Title taken from the summary",
  implemented: "Implemented {year}",
  topicsLabel: "Topics",
  more: "and {n} more",
  untranslated: {},
};

function Card({
  card,
  headingLevel,
  compact,
  labels,
  topicNames,
}: {
  card: CardData;
  headingLevel: 2 | 3;
  compact: boolean;
  labels: CardLabels;
  topicNames: Record<string, string>;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const notice = card.lang ? labels.untranslated[card.lang] : undefined;
  return (
    <article className="gp-result" {...(compact ? { "data-compact": true } : {})}>
      <Heading className="gp-result__title" lang={card.lang}>
        {/* A plain link: next/link would prefetch every result. */}
        <a href={`${labels.practices}/${card.slug}`}>{card.title}</a>
      </Heading>
      {notice ? <p className="gp-result__notice">{notice}</p> : null}
      {card.derived ? <p className="gp-result__derived">{labels.derived}</p> : null}
      <p className="gp-result__meta">
        <span>{card.institution}</span>
        <span>{card.place}</span>
        {card.implemented ? <span>{labels.implemented.replace("{year}", String(card.implemented))}</span> : null}
        {card.award ? <span className="gp-badge">{card.award}</span> : null}
      </p>
      {/* The snippet and the topics go without a class, as on every card of a page: web.css styles them
          as the card's last paragraph and its list. */}
      <p lang={card.lang}>{card.snippet.map((text, index) => (index % 2 ? <mark key={index}>{text}</mark> : text))}</p>
      {card.topics?.length ? (
        <ul aria-label={labels.topicsLabel}>
          {card.topics.map((slug) => (
            <li key={slug}>
              <a href={`${labels.topics}/${slug}`}>{topicNames[slug] ?? slug}</a>
            </li>
          ))}
          {card.moreTopics ? (
            <li className="gp-tags__more">{labels.more.replace("{n}", String(card.moreTopics))}</li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}

/** A list's items, one card each: the children of an <ol> or <ul>. */
export function ResultCards({
  cards,
  topicNames,
  headingLevel = 2,
  compact = false,
  labels = englishCardLabels,
}: CardList & {
  headingLevel?: 2 | 3;
  /** Smaller cards (home page, related practices): no region, a short excerpt, no topics. */
  compact?: boolean;
  labels?: CardLabels;
}) {
  return cards.map((card) => (
    <li key={card.slug}>
      <Card card={card} headingLevel={headingLevel} compact={compact} labels={labels} topicNames={topicNames} />
    </li>
  ));
}
