import { distinctionName } from "@gp/db/domain";
import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import type { CardData } from "@/components/result-cards";

/** Topics shown on a card; the practice's page lists them all. */
const TAGS = 4;

/** A snippet as text alternating with its matched words (the parts between the highlight marks). */
export function snippetParts(snippet: string): string[] {
  const [before = "", ...marked] = snippet.split(HIGHLIGHT_START);
  return [
    before,
    ...marked.flatMap((part) => {
      const [word = "", rest = ""] = part.split(HIGHLIGHT_END);
      return [word, rest];
    }),
  ];
}

/**
 * What a card shows of a practice, as text: a full card (search and browse lists) has the region,
 * the matched words marked and four topics; a compact one (home page, related practices) has the
 * country alone and a short excerpt.
 */
export function cardData(practice: PracticeListItem, { compact = false } = {}): CardData {
  const distinction = distinctionName(practice.awardDistinction);
  const { topics } = practice;
  return {
    slug: practice.slug,
    title: practice.title,
    ...(practice.titleDerived ? { derived: true } : {}),
    institution: practice.institution.name,
    place: compact ? practice.country.name : `${practice.country.name}, ${practice.region.name}`,
    ...(practice.implementationYear ? { implemented: practice.implementationYear } : {}),
    ...(practice.awardYear
      ? { award: distinction ? `${distinction} ${practice.awardYear}` : `Awarded ${practice.awardYear}` }
      : {}),
    snippet: compact ? [excerpt(practice.snippet, 170)] : snippetParts(practice.snippet),
    ...(topics.length && !compact
      ? {
          topics: topics.slice(0, TAGS).map((t): [string, string] => [t.slug, t.name]),
          ...(topics.length > TAGS ? { moreTopics: topics.length - TAGS } : {}),
        }
      : {}),
  };
}

/** The cards of a list of practices. */
export function cardsData(practices: PracticeListItem[], options: { compact?: boolean } = {}): CardData[] {
  return practices.map((practice) => cardData(practice, options));
}
