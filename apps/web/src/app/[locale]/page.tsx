import { mapCountries } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ResultCards } from "@/components/result-cards";
import { TopicTree } from "@/components/topic-tree";
import { WorldMap } from "@/components/world-map";
import { alternates, localePath } from "@/i18n/paths";
import { cardSetup } from "@/lib/card-labels";
import { cardsData } from "@/lib/card-data";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";
import { siteOverview } from "@/lib/overview";
import { pageLocale } from "@/lib/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { alternates: alternates(await pageLocale(params), "/") };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const [overview, countries, t, cards] = await Promise.all([
    // One refresh of the index for the figures and the latest awarded, in the page's language.
    siteOverview({ limit: 4, lang: locale }),
    mapCountries(readDb()),
    getTranslations("home"),
    cardSetup(locale),
  ]);
  const { counts, topics, countries: byCountry, latest } = overview;
  const href = (path: string) => localePath(locale, path);
  const stats = [
    { value: counts.practices, label: t("stats.practices") },
    { value: counts.institutions, label: t("stats.institutions") },
    { value: counts.countries, label: t("stats.countries") },
    { value: counts.awarded, label: t("stats.awarded") },
  ];
  return (
    <div className="gp-home">
      <section className="gp-hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p className="gp-hero__lead">{t("lead")}</p>
        <form action={href("/practices")} method="get" role="search" className="gp-hero__search">
          <label htmlFor="home-q" className="gp-visually-hidden">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            className="gp-input"
            placeholder={t("placeholder")}
            maxLength={300}
          />
          <button type="submit" className="gp-button">
            {t("searchButton")}
          </button>
        </form>
        <dl className="gp-stats">
          {stats.map((s) => (
            <div key={s.label}>
              <dt>{s.label}</dt>
              <dd>{formatCount(s.value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="gp-home__columns">
        <section aria-labelledby="topics-title" className="gp-home__topics">
          <div className="gp-section-head">
            <h2 id="topics-title">{t("browseTopics")}</h2>
            <Link href={href("/topics")}>{t("allTopics")}</Link>
          </div>
          <TopicTree topics={topics} locale={locale} namer={cards.context.namer} />
        </section>

        <section aria-labelledby="latest-title" className="gp-home__latest">
          <div className="gp-section-head">
            <h2 id="latest-title">{t("latest")}</h2>
            <Link href={href("/practices?sort=newest-award")}>{t("allPractices")}</Link>
          </div>
          {latest.length ? (
            <ul className="gp-cards">
              <ResultCards
                {...cardsData(latest, { compact: true, context: cards.context })}
                labels={cards.labels}
                headingLevel={3}
                compact
              />
            </ul>
          ) : (
            <p className="gp-muted">{t("noAwarded")}</p>
          )}
        </section>
      </div>

      <section aria-labelledby="map-title" className="gp-home__map">
        <div className="gp-section-head">
          <h2 id="map-title">{t("mapHeading")}</h2>
          <Link href={href("/countries")}>{t("allCountries")}</Link>
        </div>
        <WorldMap
          id="home-map"
          title={t("mapTitle")}
          counts={byCountry}
          countries={countries}
          hrefFor={(slug) => href(`/practices?country=${slug}`)}
        />
      </section>
    </div>
  );
}
