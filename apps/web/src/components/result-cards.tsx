"use client";

// A client component without state or effects, on purpose. The App Router sends a server component's
// output to the browser twice: as HTML, and as an element tree in the flight data inlined in the page
// (`self.__next_f.push`), where each element costs about twice its HTML. A client component's flight
// data is only its props. For twenty cards of a search at 100k practices that is 63 KB as server
// components and 34 KB as this component fed with the text below (see apps/web/README.md).

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
  /** The first topics as [slug, name]; `moreTopics` says how many are left out. */
  topics?: Array<[string, string]>;
  moreTopics?: number;
}

function Card({ card, headingLevel, compact }: { card: CardData; headingLevel: 2 | 3; compact: boolean }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="gp-result" {...(compact ? { "data-compact": true } : {})}>
      <Heading className="gp-result__title">
        {/* A plain link: next/link would prefetch every result. */}
        <a href={`/practices/${card.slug}`}>{card.title}</a>
      </Heading>
      {card.derived ? <p className="gp-result__derived">Title taken from the summary</p> : null}
      <p className="gp-result__meta">
        <span>{card.institution}</span>
        <span>{card.place}</span>
        {card.implemented ? <span>{`Implemented ${card.implemented}`}</span> : null}
        {card.award ? <span className="gp-badge gp-result__award">{card.award}</span> : null}
      </p>
      <p className="gp-result__snippet">
        {card.snippet.map((text, index) => (index % 2 ? <mark key={index}>{text}</mark> : text))}
      </p>
      {card.topics?.length ? (
        <ul className="gp-tags" aria-label="Topics">
          {card.topics.map(([slug, name]) => (
            <li key={slug}>
              <a href={`/topics/${slug}`}>{name}</a>
            </li>
          ))}
          {card.moreTopics ? <li className="gp-tags__more">{`and ${card.moreTopics} more`}</li> : null}
        </ul>
      ) : null}
    </article>
  );
}

/** A list's items, one card each: the children of an <ol> or <ul>. */
export function ResultCards({
  cards,
  headingLevel = 2,
  compact = false,
}: {
  cards: CardData[];
  headingLevel?: 2 | 3;
  /** Smaller cards (home page, related practices): no region, a short excerpt, no topics. */
  compact?: boolean;
}) {
  return cards.map((card) => (
    <li key={card.slug}>
      <Card card={card} headingLevel={headingLevel} compact={compact} />
    </li>
  ));
}
