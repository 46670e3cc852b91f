import { getCountry } from "@gp/db/queries/browse";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PracticeList } from "@/components/practice-list";
import { browsePractices } from "@/lib/browse";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache((slug: string) => getCountry(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await load((await params).slug);
  return country ? { title: country.name, alternates: { canonical: `/countries/${country.slug}` } } : { title: "Country not found" };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const country = await load((await params).slug);
  if (!country) notFound();
  const results = await browsePractices({ country: country.slug }, (await searchParams).page);
  return (
    <div className="gp-browse">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <ol>
          <li>
            <Link href="/countries">Countries</Link>
          </li>
          <li>
            <Link href={`/practices?region=${country.region.slug}`}>{country.region.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{country.name}</h1>
      {country.institutions.length ? (
        <div className="gp-subtopics">
          <h2 className="gp-subtopics__title">Institutions</h2>
          <ul className="gp-tags">
            {country.institutions.map((i) => (
              <li key={i.slug}>
                <Link href={`/institutions/${i.slug}`}>
                  {i.name} <span className="gp-count">{formatCount(i.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PracticeList
        results={results}
        heading={`Practices in ${country.name}`}
        pageHref={(page) => `/countries/${country.slug}${page > 1 ? `?page=${page}` : ""}`}
        searchHref={`/practices?country=${country.slug}`}
      />
    </div>
  );
}
