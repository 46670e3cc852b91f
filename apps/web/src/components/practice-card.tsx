import { excerpt, type PracticeListItem } from "@gp/db/queries/search";
import Link from "next/link";
import { distinctionName } from "@/lib/format";
import { Snippet } from "./snippet";

/** Topics shown on a card; the practice's page lists them all. */
const TAGS = 4;

/** One practice in a list: title, who and where, when, the matching passage and its topics. */
export function PracticeCard({ practice, headingLevel = 2, compact = false }: { practice: PracticeListItem; headingLevel?: 2 | 3; compact?: boolean }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const distinction = distinctionName(practice.awardDistinction);
  return (
    <article className="gp-result" data-compact={compact || undefined}>
      <Heading className="gp-result__title">
        <Link href={`/practices/${practice.slug}`}>{practice.title}</Link>
      </Heading>
      {practice.titleDerived ? <p className="gp-result__derived">Title taken from the summary</p> : null}
      <p className="gp-result__meta">
        <span>{practice.institution.name}</span>
        <span>
          {practice.country.name}
          {compact ? null : `, ${practice.region.name}`}
        </span>
        {practice.implementationYear ? <span>Implemented {practice.implementationYear}</span> : null}
        {practice.awardYear ? (
          <span className="gp-badge gp-result__award">{distinction ? `${distinction} ${practice.awardYear}` : `Awarded ${practice.awardYear}`}</span>
        ) : null}
      </p>
      <p className="gp-result__snippet">{compact ? excerpt(practice.snippet, 170) : <Snippet text={practice.snippet} />}</p>
      {practice.topics.length && !compact ? (
        <ul className="gp-tags" aria-label="Topics">
          {practice.topics.slice(0, TAGS).map((t) => (
            <li key={t.slug}>
              <Link href={`/topics/${t.slug}`}>{t.name}</Link>
            </li>
          ))}
          {practice.topics.length > TAGS ? <li className="gp-tags__more">and {practice.topics.length - TAGS} more</li> : null}
        </ul>
      ) : null}
    </article>
  );
}
