import { getInstitution } from "@gp/db/practices";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage } from "@/components/browse-page";
import { readDb } from "@/lib/db";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getInstitution(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const institution = await load((await params).slug);
  return institution
    ? { title: institution.name, alternates: { canonical: `/institutions/${institution.slug}` } }
    : { title: "Institution not found" };
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const institution = await load((await params).slug);
  if (!institution) notFound();
  const { country } = institution;
  return (
    <BrowsePage
      filter={{ institution: institution.slug }}
      page={(await searchParams).page}
      path={`/institutions/${institution.slug}`}
      crumbs={[
        { href: "/countries", label: "Countries" },
        { href: `/countries/${country.slug}`, label: country.name },
      ]}
      title={
        <>
          {institution.name}
          {institution.acronym ? <span className="gp-muted"> ({institution.acronym})</span> : null}
        </>
      }
      heading={`Practices of ${institution.acronym ?? institution.name}`}
    >
      <p className="gp-lead">
        A social security institution of <Link href={`/countries/${country.slug}`}>{country.name}</Link> (
        {institution.region.name}).
      </p>
    </BrowsePage>
  );
}
