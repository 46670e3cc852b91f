import { distinctions } from "@gp/db/domain";
import { relatedPractices, routePractice } from "@gp/db/practices";
import { excerpt } from "@gp/db/search";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ResultCards } from "@/components/result-cards";
import { SummaryText } from "@/components/summary-text";
import { Withdrawn } from "@/components/withdrawn";
import { countryName } from "@/i18n/names";
import { alternates, localePath } from "@/i18n/paths";
import { cardSetup } from "@/lib/card-labels";
import { cardsData } from "@/lib/card-data";
import { readDb } from "@/lib/db";
import { searchEngine } from "@/lib/engine";
import { formatDate } from "@/lib/format";
import { pageLocale } from "@/lib/page-locale";
import { loadLocalizedPractice } from "@/lib/practice";
import { practiceJsonLd } from "@/lib/practice-json-ld";
import { siteName, siteOrigin } from "@/lib/site";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const loaded = await loadLocalizedPractice((await params).slug, locale);
  if (!loaded) return { title: (await getTranslations({ locale, namespace: "practice" }))("notFound") };
  const { practice, text } = loaded;
  const description = excerpt(text.summary, 200);
  const path = `/practices/${practice.slug}`;
  return {
    title: text.title,
    description,
    alternates: alternates(locale, path),
    openGraph: { type: "article", title: text.title, description, url: localePath(locale, path), siteName },
  };
}

export default async function PracticePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const loaded = await loadLocalizedPractice(slug, locale);
  if (!loaded) {
    // The proxy answers merged (308) and withdrawn (410) slugs first; this is the fallback.
    const route = await routePractice(readDb(), slug);
    if (route.kind === "merged") permanentRedirect(localePath(locale, `/practices/${route.survivorSlug}`));
    if (route.kind === "withdrawn") return <Withdrawn title={route.title} />;
    notFound();
  }
  const { practice, text } = loaded;
  const relatedOptions = { engine: searchEngine(), lang: locale };
  const [related, t, td, cards] = await Promise.all([
    relatedPractices(readDb(), practice, relatedOptions),
    getTranslations("practice"),
    getTranslations("distinctions"),
    cardSetup(locale),
  ]);
  const namer = cards.context.namer!;
  const href = (path: string) => localePath(locale, path);
  const distinctionSlug = distinctions.find((d) => d.value === practice.awardDistinction)?.slug;
  const distinction = distinctionSlug && td.has(distinctionSlug) ? td(distinctionSlug) : null;
  const country = countryName(practice.country.code, locale, practice.country.name);
  const region = namer.region(practice.region.slug, practice.region.name);
  // The text's language when it is not the page's: no translation into it yet.
  const lang = text.language !== locale ? text.language : undefined;
  const origin = siteOrigin();
  const url = `${origin}${href(`/practices/${practice.slug}`)}`;
  const jsonLd = practiceJsonLd(practice, text, {
    url,
    origin,
    href,
    namer,
    country,
    award: practice.awardYear ? `${distinction ?? t("goodPracticeAward")} ${practice.awardYear}` : undefined,
  });

  return (
    <article className="gp-practice">
      <nav aria-label={t("breadcrumb")} className="gp-breadcrumb">
        <ol>
          <li>
            <Link href={href("/practices")}>{t("practices")}</Link>
          </li>
          <li>
            <Link href={href(`/countries/${practice.country.slug}`)}>{country}</Link>
          </li>
          <li>
            <Link href={href(`/institutions/${practice.institution.slug}`)}>
              {practice.institution.acronym ?? practice.institution.name}
            </Link>
          </li>
        </ol>
      </nav>
      <header className="gp-practice__header">
        <p className="gp-eyebrow">
          {practice.institution.name} · {country}
        </p>
        <h1 lang={lang}>{text.title}</h1>
        {lang ? <p className="gp-notice">{cards.notices[lang]}</p> : null}
        {text.titleDerived ? (
          <p className="gp-derived-note">
            <span className="gp-badge" data-tone="muted">
              {t("provisional")}
            </span>{" "}
            {t("provisionalNote")}
          </p>
        ) : null}
        {practice.awardYear ? (
          <p className="gp-award">
            <span aria-hidden="true">★</span> {distinction ?? t("goodPracticeAward")} {practice.awardYear}
          </p>
        ) : null}
      </header>

      <div className="gp-practice__layout">
        <section className="gp-practice__summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="gp-visually-hidden">
            {t("summary")}
          </h2>
          <SummaryText summary={text.summary} lang={lang} />
        </section>

        <aside className="gp-practice__facts">
          <h2 className="gp-facts__heading">{t("facts")}</h2>
          <dl className="gp-facts">
            <dt>{t("institution")}</dt>
            <dd>
              <Link href={href(`/institutions/${practice.institution.slug}`)}>{practice.institution.name}</Link>
              {practice.institution.acronym ? ` (${practice.institution.acronym})` : null}
            </dd>
            <dt>{t("country")}</dt>
            <dd>
              <Link href={href(`/countries/${practice.country.slug}`)}>{country}</Link>
            </dd>
            <dt>{t("region")}</dt>
            <dd>
              <Link href={href(`/practices?region=${practice.region.slug}`)}>{region}</Link>
            </dd>
            <dt>{t("implemented")}</dt>
            <dd>
              {practice.implementationYear ? (
                <Link
                  href={href(
                    `/practices?implementedFrom=${practice.implementationYear}&implementedTo=${practice.implementationYear}`,
                  )}
                >
                  {practice.implementationYear}
                </Link>
              ) : (
                t("notKnown")
              )}
            </dd>
            <dt>{t("award")}</dt>
            <dd>
              {practice.awardYear ? (
                <>
                  <Link href={href(`/practices?awardYear=${practice.awardYear}`)}>{practice.awardYear}</Link>
                  {distinction && distinctionSlug ? (
                    <>
                      {", "}
                      <Link href={href(`/practices?distinction=${distinctionSlug}`)}>{distinction}</Link>
                    </>
                  ) : null}
                </>
              ) : (
                t("noAward")
              )}
            </dd>
            <dt>{t("topics")}</dt>
            <dd>
              {practice.topicPath.length ? (
                <ul className="gp-tags">
                  {practice.topicPath.map((topic) => (
                    <li key={topic.slug}>
                      <Link href={href(`/topics/${topic.slug}`)}>
                        {topic.parent ? (
                          <span className="gp-tags__parent">
                            {namer.topic(topic.parent.slug, topic.parent.name)} ›{" "}
                          </span>
                        ) : null}
                        {namer.topic(topic.slug, topic.name)}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                t("noTopics")
              )}
            </dd>
          </dl>

          <section className="gp-provenance" aria-labelledby="provenance-heading">
            <h2 id="provenance-heading" className="gp-facts__heading">
              {t("provenance")}
            </h2>
            {practice.sources.length ? (
              <ul>
                {practice.sources.map((s, index) => (
                  <li key={index}>
                    {t.rich("source", {
                      name: s.fileName,
                      line: String(s.line),
                      date: formatDate(s.importedAt, locale),
                      file: (chunks) => <span className="gp-file">{chunks}</span>,
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("enteredByEditor")}</p>
            )}
            <p>
              {practice.curatedAt ? t("curated", { date: formatDate(practice.curatedAt, locale) }) : t("notCurated")}
            </p>
            <p>
              <a href={`/api/practices/${practice.slug}${locale === "en" ? "" : `?lang=${locale}`}`}>{t("json")}</a>
            </p>
          </section>
        </aside>
      </div>

      {related.length ? (
        <section className="gp-related" aria-labelledby="related-heading">
          <h2 id="related-heading">{t("related")}</h2>
          <ul className="gp-related__list">
            <ResultCards
              {...cardsData(related, { compact: true, context: cards.context })}
              labels={cards.labels}
              headingLevel={3}
              compact
            />
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
