import { getCountry } from "@gp/db/practices";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BrowsePage, LinkTags } from "@/components/browse-page";
import { readDb } from "@/lib/db";
import { formatCount } from "@/lib/format";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache((slug: string) => getCountry(readDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await load((await params).slug);
  return country
    ? { title: country.name, alternates: { canonical: `/countries/${country.slug}` } }
    : { title: "Country not found" };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const country = await load((await params).slug);
  if (!country) notFound();
  return (
    <BrowsePage
      filter={{ country: country.slug }}
      page={(await searchParams).page}
      path={`/countries/${country.slug}`}
      crumbs={[
        { href: "/countries", label: "Countries" },
        { href: `/practices?region=${country.region.slug}`, label: country.region.name },
      ]}
      title={country.name}
      heading={`Practices in ${country.name}`}
    >
      <LinkTags
        title="Institutions"
        links={country.institutions.map((i) => ({
          href: `/institutions/${i.slug}`,
          label: (
            <>
              {i.name} <span className="gp-count">{formatCount(i.count)}</span>
            </>
          ),
        }))}
      />
    </BrowsePage>
  );
}
