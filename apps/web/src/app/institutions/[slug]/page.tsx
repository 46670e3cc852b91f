import { getInstitution } from "@gp/db/queries/browse";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PracticeList } from "@/components/practice-list";
import { browsePractices } from "@/lib/browse";
import { readDb } from "@/lib/db";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache((slug: string) => getInstitution(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const institution = await load((await params).slug);
  return institution ? { title: institution.name, alternates: { canonical: `/institutions/${institution.slug}` } } : { title: "Institution not found" };
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const institution = await load((await params).slug);
  if (!institution) notFound();
  const results = await browsePractices({ institution: institution.slug }, (await searchParams).page);
  return (
    <div className="gp-browse">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <ol>
          <li>
            <Link href="/countries">Countries</Link>
          </li>
          <li>
            <Link href={`/countries/${institution.country.slug}`}>{institution.country.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>
        {institution.name}
        {institution.acronym ? <span className="gp-muted"> ({institution.acronym})</span> : null}
      </h1>
      <p className="gp-lead">
        A social security institution of <Link href={`/countries/${institution.country.slug}`}>{institution.country.name}</Link> ({institution.region.name}).
      </p>
      <PracticeList
        results={results}
        heading={`Practices of ${institution.acronym ?? institution.name}`}
        pageHref={(page) => `/institutions/${institution.slug}${page > 1 ? `?page=${page}` : ""}`}
        searchHref={`/practices?institution=${institution.slug}`}
      />
    </div>
  );
}
