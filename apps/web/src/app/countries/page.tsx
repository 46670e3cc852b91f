import { countryCounts, mapCountries } from "@gp/db/practices";
import type { Metadata } from "next";
import Link from "next/link";
import { WorldMap } from "@/components/world-map";
import { cached } from "@/lib/cache";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "Countries", alternates: { canonical: "/countries" } };

export default async function CountriesPage() {
  const db = readDb();
  const [counts, countries] = await Promise.all([cached("countryCounts", () => countryCounts(db)), mapCountries(db)]);
  const regions = [...new Map(counts.map((c) => [c.region.slug, c.region])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return (
    <div className="gp-browse">
      <h1>Countries</h1>
      <p className="gp-lead">The countries whose institutions have published practices, by ISSA region.</p>
      <div className="gp-regions">
        {regions.map((region) => (
          <section key={region.slug} className="gp-topic-group" aria-labelledby={`region-${region.slug}`}>
            <h2 id={`region-${region.slug}`} className="gp-topic-group__title">
              <Link href={`/practices?region=${region.slug}`}>{region.name}</Link>
            </h2>
            <ul>
              {counts
                .filter((c) => c.region.slug === region.slug)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((c) => (
                  <li key={c.slug}>
                    <Link href={`/countries/${c.slug}`}>{c.name}</Link>{" "}
                    <span className="gp-count">{formatCount(c.count)}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      <WorldMap
        id="countries-map"
        title="Practices by country"
        counts={counts}
        countries={countries}
        hrefFor={(slug) => `/countries/${slug}`}
      />
    </div>
  );
}
