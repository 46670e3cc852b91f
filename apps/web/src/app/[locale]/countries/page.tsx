import { mapCountries } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { WorldMap } from "@/components/world-map";
import { alternates, localePath } from "@/i18n/paths";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";
import { loadNamer } from "@/lib/localized-names";
import { siteOverview } from "@/lib/overview";
import { pageLocale } from "@/lib/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "browse" });
  return { title: t("countriesTitle"), alternates: alternates(locale, "/countries") };
}

export default async function CountriesPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [{ countries: stored }, countries, namer, t] = await Promise.all([
    siteOverview(),
    mapCountries(readDb()),
    loadNamer(locale),
    getTranslations("browse"),
  ]);
  // Names in the page's language, sorted as that language sorts them.
  const counts = stored.map((c) => ({
    ...c,
    name: namer.country(c.slug, c.name),
    region: { ...c.region, name: namer.region(c.region.slug, c.region.name) },
  }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  const regions = [...new Map(counts.map((c) => [c.region.slug, c.region])).values()].sort(byName);
  const href = (path: string) => localePath(locale, path);
  return (
    <div className="gp-browse">
      <h1>{t("countriesTitle")}</h1>
      <p className="gp-lead">{t("countriesLead")}</p>
      <div className="gp-regions">
        {regions.map((region) => (
          <section key={region.slug} className="gp-topic-group" aria-labelledby={`region-${region.slug}`}>
            <h2 id={`region-${region.slug}`} className="gp-topic-group__title">
              <Link href={href(`/practices?region=${region.slug}`)}>{region.name}</Link>
            </h2>
            <ul>
              {counts
                .filter((c) => c.region.slug === region.slug)
                .sort(byName)
                .map((c) => (
                  <li key={c.slug}>
                    <Link href={href(`/countries/${c.slug}`)}>{c.name}</Link>{" "}
                    <span className="gp-count">{formatCount(c.count, locale)}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      <WorldMap
        id="countries-map"
        title={t("countriesMap")}
        counts={counts}
        countries={countries}
        hrefFor={(slug) => href(`/countries/${slug}`)}
        locale={locale}
      />
    </div>
  );
}
