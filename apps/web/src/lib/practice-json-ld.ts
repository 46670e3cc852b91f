import type { PracticeDetail } from "@gp/db/practices";
import { excerpt } from "@gp/db/search";
import type { LocalizedText } from "./content";
import type { Namer } from "./localized-names";
import { siteName } from "./site";

/** A practice page's schema.org description, in the page's language (its text as shown). */
export function practiceJsonLd(
  practice: PracticeDetail,
  text: LocalizedText,
  page: {
    url: string;
    origin: string;
    href: (path: string) => string;
    namer: Namer;
    country: string;
    award?: string;
  },
) {
  const { url, origin, href, namer } = page;
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": url,
    url,
    name: text.title,
    description: excerpt(text.summary, 300),
    text: text.summary,
    dateCreated: practice.createdAt.toISOString(),
    dateModified: practice.updatedAt.toISOString(),
    inLanguage: text.language,
    keywords: practice.topics.map((topic) => namer.topic(topic.slug, topic.name)).join(", "),
    about: practice.topics.map((topic) => ({
      "@type": "Thing",
      name: namer.topic(topic.slug, topic.name),
      url: `${origin}${href(`/topics/${topic.slug}`)}`,
    })),
    creator: {
      "@type": "Organization",
      name: practice.institution.name,
      alternateName: practice.institution.acronym ?? undefined,
      url: `${origin}${href(`/institutions/${practice.institution.slug}`)}`,
    },
    spatialCoverage: { "@type": "Country", name: page.country, identifier: practice.country.code },
    temporalCoverage: practice.implementationYear ? String(practice.implementationYear) : undefined,
    award: page.award,
    isPartOf: { "@type": "Dataset", name: siteName, url: origin },
  };
}
