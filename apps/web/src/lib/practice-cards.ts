import { distinctionName } from "@gp/db/domain";
import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import { type Html, html } from "./html";

/** Topics shown on a card; the practice's page lists them all. */
const TAGS = 4;

export interface CardOptions {
  headingLevel?: 2 | 3;
  /** Smaller cards (home page, related practices): no region, a short excerpt, no topics. */
  compact?: boolean;
}

/** A snippet with the matched words (between the highlight marks) in <mark>; the text itself is escaped. */
export function snippetHtml(text: string): Html {
  const parts = text.split(HIGHLIGHT_START);
  return html`${parts[0]}${parts.slice(1).map((part) => {
    const [marked = "", rest = ""] = part.split(HIGHLIGHT_END);
    return html`<mark>${marked}</mark>${rest}`;
  })}`;
}

/** One practice in a list: title, who and where, when, the matching passage and its topics. */
export function practiceCard(
  practice: PracticeListItem,
  { headingLevel = 2, compact = false }: CardOptions = {},
): Html {
  const heading = headingLevel === 2 ? html`h2` : html`h3`;
  const distinction = distinctionName(practice.awardDistinction);
  const tags =
    practice.topics.length && !compact
      ? html`<ul class="gp-tags" aria-label="Topics">${practice.topics.slice(0, TAGS).map((t) => html`<li><a href="/topics/${t.slug}">${t.name}</a></li>`)}${
          practice.topics.length > TAGS
            ? html`<li class="gp-tags__more">and ${practice.topics.length - TAGS} more</li>`
            : null
        }</ul>`
      : null;
  return html`<article class="gp-result"${compact ? html` data-compact="true"` : null}>\
<${heading} class="gp-result__title"><a href="/practices/${practice.slug}">${practice.title}</a></${heading}>\
${practice.titleDerived ? html`<p class="gp-result__derived">Title taken from the summary</p>` : null}\
<p class="gp-result__meta"><span>${practice.institution.name}</span><span>${practice.country.name}${compact ? null : `, ${practice.region.name}`}</span>\
${practice.implementationYear ? html`<span>Implemented ${practice.implementationYear}</span>` : null}\
${practice.awardYear ? html`<span class="gp-badge gp-result__award">${distinction ? `${distinction} ${practice.awardYear}` : `Awarded ${practice.awardYear}`}</span>` : null}</p>\
<p class="gp-result__snippet">${compact ? excerpt(practice.snippet, 170) : snippetHtml(practice.snippet)}</p>\
${tags}</article>`;
}

/**
 * A list's items, one card each, as markup for the list element:
 * `<ol className="gp-results" dangerouslySetInnerHTML={inner(practiceCards(items))} />`.
 */
export function practiceCards(practices: PracticeListItem[], options: CardOptions = {}): Html {
  return html`${practices.map((p) => html`<li>${practiceCard(p, options)}</li>`)}`;
}
