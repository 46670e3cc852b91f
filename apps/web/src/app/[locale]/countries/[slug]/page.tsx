import { getCountry } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage, LinkTags } from "@/components/browse-page";
import { countryName } from "@/i18n/names";
import { alternates, localePath } from "@/i18n/paths";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";
import { loadNamer } from "@/lib/localized-names";
import { pageLocale } from "@/lib/page-locale";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getCountry(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [country, t] = await Promise.all([load((await params).slug), getTranslations({ locale, namespace: "browse" })]);
  return country
    ? {
        title: countryName(country.code, locale, country.name),
        alternates: alternates(locale, `/countries/${country.slug}`),
      }
    : { title: t("countryNotFound") };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [country, namer, t] = await Promise.all([
    load((await params).slug),
    loadNamer(locale),
    getTranslations("browse"),
  ]);
  if (!country) notFound();
  const name = countryName(country.code, locale, country.name);
  const href = (path: string) => localePath(locale, path);
  return (
    <BrowsePage
      locale={locale}
      filter={{ country: country.slug }}
      page={(await searchParams).page}
      path={href(`/countries/${country.slug}`)}
      crumbs={[
        { href: href("/countries"), label: t("countriesTitle") },
        {
          href: href(`/practices?region=${country.region.slug}`),
          label: namer.region(country.region.slug, country.region.name),
        },
      ]}
      title={name}
      heading={t("countryHeading", { name })}
    >
      <LinkTags
        title={t("institutions")}
        links={country.institutions.map((i) => ({
          href: href(`/institutions/${i.slug}`),
          label: (
            <>
              {i.name} <span className="gp-count">{formatCount(i.count, locale)}</span>
            </>
          ),
        }))}
      />
    </BrowsePage>
  );
}
