import { distinctionName, distinctions } from "@gp/db/domain";
import { relatedPractices, routePractice } from "@gp/db/practices";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ResultCards } from "@/components/result-cards";
import { SummaryText } from "@/components/summary-text";
import { Withdrawn } from "@/components/withdrawn";
import { cardsData } from "@/lib/card-data";
import { readDb } from "@/lib/db";
import { searchEngine } from "@/lib/engine";
import { formatDate } from "@/lib/format";
import { loadPractice } from "@/lib/practice";
import { siteName, siteOrigin } from "@/lib/site";
import { excerpt } from "@gp/db/search";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practice = await loadPractice((await params).slug);
  if (!practice) return { title: "Practice not found" };
  const description = excerpt(practice.summary, 200);
  const url = `/practices/${practice.slug}`;
  return {
    title: practice.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", title: practice.title, description, url, siteName },
  };
}

export default async function PracticePage({ params }: Props) {
  const { slug } = await params;
  const practice = await loadPractice(slug);
  if (!practice) {
    // The proxy answers merged (308) and withdrawn (410) slugs first; this is the fallback.
    const route = await routePractice(readDb(), slug);
    if (route.kind === "merged") permanentRedirect(`/practices/${route.survivorSlug}`);
    if (route.kind === "withdrawn") return <Withdrawn title={route.title} />;
    notFound();
  }
  const related = await relatedPractices(readDb(), practice, { engine: searchEngine() });
  const origin = siteOrigin();
  const distinction = distinctionName(practice.awardDistinction);
  const distinctionSlug = distinctions.find((d) => d.value === practice.awardDistinction)?.slug;
  const url = `${origin}/practices/${practice.slug}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": url,
    url,
    name: practice.title,
    description: excerpt(practice.summary, 300),
    text: practice.summary,
    dateCreated: practice.createdAt.toISOString(),
    dateModified: practice.updatedAt.toISOString(),
    inLanguage: practice.language ?? undefined,
    keywords: practice.topics.map((t) => t.name).join(", "),
    about: practice.topics.map((t) => ({ "@type": "Thing", name: t.name, url: `${origin}/topics/${t.slug}` })),
    creator: {
      "@type": "Organization",
      name: practice.institution.name,
      alternateName: practice.institution.acronym ?? undefined,
      url: `${origin}/institutions/${practice.institution.slug}`,
    },
    spatialCoverage: { "@type": "Country", name: practice.country.name, identifier: practice.country.code },
    temporalCoverage: practice.implementationYear ? String(practice.implementationYear) : undefined,
    award: practice.awardYear ? `${distinction ?? "ISSA Good Practice Award"} ${practice.awardYear}` : undefined,
    isPartOf: { "@type": "Dataset", name: siteName, url: origin },
  };

  return (
    <article className="gp-practice">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <ol>
          <li>
            <Link href="/practices">Practices</Link>
          </li>
          <li>
            <Link href={`/countries/${practice.country.slug}`}>{practice.country.name}</Link>
          </li>
          <li>
            <Link href={`/institutions/${practice.institution.slug}`}>
              {practice.institution.acronym ?? practice.institution.name}
            </Link>
          </li>
        </ol>
      </nav>
      <header className="gp-practice__header">
        <p className="gp-eyebrow">
          {practice.institution.name} · {practice.country.name}
        </p>
        <h1>{practice.title}</h1>
        {practice.titleDerived ? (
          <p className="gp-derived-note">
            <span className="gp-badge" data-tone="muted">
              Provisional title
            </span>{" "}
            Taken from the first sentence of the summary; an editor has not given this practice a title yet.
          </p>
        ) : null}
        {practice.awardYear ? (
          <p className="gp-award">
            <span aria-hidden="true">★</span> {distinction ?? "Good Practice Award"} {practice.awardYear}
          </p>
        ) : null}
      </header>

      <div className="gp-practice__layout">
        <section className="gp-practice__summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="gp-visually-hidden">
            Summary
          </h2>
          <SummaryText summary={practice.summary} />
        </section>

        <aside className="gp-practice__facts">
          <h2 className="gp-facts__heading">At a glance</h2>
          <dl className="gp-facts">
            <dt>Institution</dt>
            <dd>
              <Link href={`/institutions/${practice.institution.slug}`}>{practice.institution.name}</Link>
              {practice.institution.acronym ? ` (${practice.institution.acronym})` : null}
            </dd>
            <dt>Country</dt>
            <dd>
              <Link href={`/countries/${practice.country.slug}`}>{practice.country.name}</Link>
            </dd>
            <dt>Region</dt>
            <dd>
              <Link href={`/practices?region=${practice.region.slug}`}>{practice.region.name}</Link>
            </dd>
            <dt>Implemented</dt>
            <dd>
              {practice.implementationYear ? (
                <Link
                  href={`/practices?implementedFrom=${practice.implementationYear}&implementedTo=${practice.implementationYear}`}
                >
                  {practice.implementationYear}
                </Link>
              ) : (
                "Not known"
              )}
            </dd>
            <dt>Award</dt>
            <dd>
              {practice.awardYear ? (
                <>
                  <Link href={`/practices?awardYear=${practice.awardYear}`}>{practice.awardYear}</Link>
                  {distinction && distinctionSlug ? (
                    <>
                      {", "}
                      <Link href={`/practices?distinction=${distinctionSlug}`}>{distinction}</Link>
                    </>
                  ) : null}
                </>
              ) : (
                "No award"
              )}
            </dd>
            <dt>Topics</dt>
            <dd>
              {practice.topicPath.length ? (
                <ul className="gp-tags">
                  {practice.topicPath.map((t) => (
                    <li key={t.slug}>
                      <Link href={`/topics/${t.slug}`}>
                        {t.parent ? <span className="gp-tags__parent">{t.parent.name} › </span> : null}
                        {t.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                "None yet"
              )}
            </dd>
          </dl>

          <section className="gp-provenance" aria-labelledby="provenance-heading">
            <h2 id="provenance-heading" className="gp-facts__heading">
              Where this comes from
            </h2>
            {practice.sources.length ? (
              <ul>
                {practice.sources.map((s, index) => (
                  <li key={index}>
                    ISSA export <span className="gp-file">{s.fileName}</span>, record at line {s.line}, imported{" "}
                    {formatDate(s.importedAt)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Entered by an editor.</p>
            )}
            <p>
              {practice.curatedAt
                ? `Last curated by an editor on ${formatDate(practice.curatedAt)}.`
                : "Not curated by an editor yet."}
            </p>
            <p>
              <a href={`/api/practices/${practice.slug}`}>This practice as JSON</a>
            </p>
          </section>
        </aside>
      </div>

      {related.length ? (
        <section className="gp-related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related practices</h2>
          <ul className="gp-related__list">
            <ResultCards cards={cardsData(related, { compact: true })} headingLevel={3} compact />
          </ul>
        </section>
      ) : null}

      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
    </article>
  );
}
