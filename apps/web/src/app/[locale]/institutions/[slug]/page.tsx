import { getInstitution } from "@gp/db/practices";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage } from "@/components/browse-page";
import { countryName } from "@/i18n/names";
import { alternates, localePath } from "@/i18n/paths";
import { readDb } from "@/lib/db";
import { loadNamer } from "@/lib/localized-names";
import { pageLocale } from "@/lib/page-locale";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getInstitution(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [institution, t] = await Promise.all([
    load((await params).slug),
    getTranslations({ locale, namespace: "browse" }),
  ]);
  return institution
    ? { title: institution.name, alternates: alternates(locale, `/institutions/${institution.slug}`) }
    : { title: t("institutionNotFound") };
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const [institution, namer, t] = await Promise.all([
    load((await params).slug),
    loadNamer(locale),
    getTranslations("browse"),
  ]);
  if (!institution) notFound();
  const { country } = institution;
  const countryLabel = countryName(country.code, locale, country.name);
  const href = (path: string) => localePath(locale, path);
  return (
    <BrowsePage
      locale={locale}
      filter={{ institution: institution.slug }}
      page={(await searchParams).page}
      path={href(`/institutions/${institution.slug}`)}
      crumbs={[
        { href: href("/countries"), label: t("countriesTitle") },
        { href: href(`/countries/${country.slug}`), label: countryLabel },
      ]}
      title={
        <>
          {institution.name}
          {institution.acronym ? <span className="gp-muted"> ({institution.acronym})</span> : null}
        </>
      }
      heading={t("institutionHeading", { name: institution.acronym ?? institution.name })}
    >
      <p className="gp-lead">
        {t.rich("institutionLead", {
          country: countryLabel,
          region: namer.region(institution.region.slug, institution.region.name),
          link: (text) => <Link href={href(`/countries/${country.slug}`)}>{text}</Link>,
        })}
      </p>
    </BrowsePage>
  );
}
