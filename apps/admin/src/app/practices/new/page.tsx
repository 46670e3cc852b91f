import { getDb } from "@gp/db/client";
import { countryOptions, institutionOptions } from "@gp/db/curation";
import { topicOptions } from "@gp/db/topics";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { NewEntryForm } from "./new-entry-form";

export const metadata: Metadata = { title: "New award entry" };

export default async function NewEntryPage() {
  const actor = await requirePage();
  const db = getDb();
  const [institutions, countries, topics] = await Promise.all([
    institutionOptions(db),
    countryOptions(db),
    topicOptions(db),
  ]);
  return (
    <AdminFrame actor={actor} current="/practices">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
        <Link href="/practices">Practices</Link> › <span aria-current="page">New award entry</span>
      </nav>
      <h1>New award entry</h1>
      <p className="gp-lede">
        A practice that is not in any import yet, e.g. a new ISSA Good Practice Award entry. Everything you enter here
        is curated: imports will not overwrite it.
      </p>
      <NewEntryForm institutions={institutions} countries={countries} topics={topics} />
    </AdminFrame>
  );
}
