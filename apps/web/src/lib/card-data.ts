import { distinctionName } from "@gp/db/domain";
import { excerpt, HIGHLIGHT_END, HIGHLIGHT_START, type PracticeListItem } from "@gp/db/search";
import type { CardData, CardList } from "@/components/result-cards";
import type { Locale } from "@/i18n/routing";
import { textLanguage } from "./content";
import type { Namer } from "./localized-names";

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

/** What the cards need of the page's language: its names, and how an award reads. */
export interface CardContext {
  locale: Locale;
  namer?: Namer;
  /** "Certificate of Merit 2023", "Awarded 2023". */
  award?: (distinction: string | null, year: number) => string;
}

const englishAward = (distinction: string | null, year: number) => {
  const name = distinctionName(distinction);
  return name ? `${name} ${year}` : `Awarded ${year}`;
};

/**
 * What a card shows of a practice, as text: a full card (search and browse lists) has the region,
 * the matched words marked and four topics; a compact one (home page, related practices) has the
 * country alone and a short excerpt. Names are in the page's language; the title and snippet are
 * in the language the search gave them in, marked with it when that is not the page's.
 */
export function cardData(
  practice: PracticeListItem,
  { compact = false, context = { locale: "en" } }: { compact?: boolean; context?: CardContext } = {},
): CardData {
  const { topics } = practice;
  const { namer, locale } = context;
  const country = namer
    ? namer.country(practice.country.slug, practice.country.name, practice.country.code)
    : practice.country.name;
  const region = namer ? namer.region(practice.region.slug, practice.region.name) : practice.region.name;
  const language = textLanguage(practice);
  return {
    slug: practice.slug,
    title: practice.title,
    ...(practice.titleDerived ? { derived: true } : {}),
    institution: practice.institution.name,
    place: compact ? country : `${country}, ${region}`,
    ...(practice.implementationYear ? { implemented: practice.implementationYear } : {}),
    ...(practice.awardYear
      ? { award: (context.award ?? englishAward)(practice.awardDistinction, practice.awardYear) }
      : {}),
    snippet: compact ? [excerpt(practice.snippet, 170)] : snippetParts(practice.snippet),
    ...(topics.length && !compact
      ? {
          topics: topics.slice(0, TAGS).map((t) => t.slug),
          ...(topics.length > TAGS ? { moreTopics: topics.length - TAGS } : {}),
        }
      : {}),
    ...(language !== locale ? { lang: language } : {}),
  };
}

/** The cards of a list of practices, and the names (in the page's language) of the topics they show. */
export function cardsData(
  practices: PracticeListItem[],
  options: { compact?: boolean; context?: CardContext } = {},
): CardList {
  const namer = options.context?.namer;
  const topicNames: Record<string, string> = {};
  for (const practice of options.compact ? [] : practices)
    for (const t of practice.topics.slice(0, TAGS)) topicNames[t.slug] ??= namer ? namer.topic(t.slug, t.name) : t.name;
  return { cards: practices.map((practice) => cardData(practice, options)), topicNames };
}
