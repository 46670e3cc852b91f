import { countryCounts, headlineCounts, latestAwarded, mapCountries } from "@gp/db/practices";
import { everything, topicFacet } from "@gp/db/search";
import Link from "next/link";
import { ResultCards } from "@/components/result-cards";
import { TopicTree } from "@/components/topic-tree";
import { WorldMap } from "@/components/world-map";
import { cached } from "@/lib/cache";
import { cardsData } from "@/lib/card-data";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";

export default async function HomePage() {
  const db = readDb();
  // The whole-database totals cost a pass over every practice: reused while the data is unchanged.
  const [counts, topics, latest, byCountry, countries] = await Promise.all([
    cached("headlineCounts", () => headlineCounts(db)),
    cached("topics", () => topicFacet(db, everything)),
    cached("latestAwarded", () => latestAwarded(db, 4)),
    cached("countryCounts", () => countryCounts(db)),
    mapCountries(db),
  ]);
  const stats = [
    { value: counts.practices, label: "practices" },
    { value: counts.institutions, label: "institutions" },
    { value: counts.countries, label: "countries" },
    { value: counts.awarded, label: "awarded" },
  ];
  return (
    <div className="gp-home">
      <section className="gp-hero" aria-labelledby="home-title">
        <h1 id="home-title">Good practices in social security</h1>
        <p className="gp-hero__lead">
          Learn from what social security institutions around the world have done: solutions recognised by the ISSA Good
          Practice Award, searchable by topic, country and year.
        </p>
        <form action="/practices" method="get" role="search" className="gp-hero__search">
          <label htmlFor="home-q" className="gp-visually-hidden">
            Search practices
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            className="gp-input"
            placeholder="e.g. pension, e-services"
            maxLength={300}
          />
          <button type="submit" className="gp-button">
            Search
          </button>
        </form>
        <dl className="gp-stats">
          {stats.map((s) => (
            <div key={s.label}>
              <dt>{s.label}</dt>
              <dd>{formatCount(s.value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="gp-home__columns">
        <section aria-labelledby="topics-title" className="gp-home__topics">
          <div className="gp-section-head">
            <h2 id="topics-title">Browse by topic</h2>
            <Link href="/topics">All topics</Link>
          </div>
          <TopicTree topics={topics} />
        </section>

        <section aria-labelledby="latest-title" className="gp-home__latest">
          <div className="gp-section-head">
            <h2 id="latest-title">Latest awarded</h2>
            <Link href="/practices?sort=newest-award">All practices</Link>
          </div>
          {latest.length ? (
            <ul className="gp-cards">
              <ResultCards cards={cardsData(latest, { compact: true })} headingLevel={3} compact />
            </ul>
          ) : (
            <p className="gp-muted">No awarded practice yet.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="map-title" className="gp-home__map">
        <div className="gp-section-head">
          <h2 id="map-title">Practices around the world</h2>
          <Link href="/countries">All countries</Link>
        </div>
        <WorldMap
          id="home-map"
          title="Practices by country"
          counts={byCountry}
          countries={countries}
          hrefFor={(slug) => `/practices?country=${slug}`}
        />
      </section>
    </div>
  );
}
