import { getDb } from "@gp/db/client";
import { countriesWithInstitutions, listPractices, practiceSorts, practiceYears } from "@gp/db/curation";
import { topicOptions } from "@gp/db/topics";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { ComboboxField, Field, resolveChoice, SelectField } from "@gp/ui/form";
import { AdminFrame } from "@/components/admin-frame";
import { FilterForm } from "@/components/filter-form";
import { requirePage } from "@/lib/auth/guard";
import { countryChoices } from "@/lib/choices";
import { plural, statusLabels } from "@/lib/labels";
import { practiceFilters } from "@/lib/list-params";
import { PracticesTable } from "./practices-table";

export const metadata: Metadata = { title: "Practices" };

const queueOptions = [
  { value: "untitled", label: "Without a title" },
  { value: "untagged", label: "Without topics" },
];

export default async function PracticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  const filters = practiceFilters(params);
  const db = getDb();
  // Only countries that have institutions: the filter offers what can match.
  const countries = countryChoices(await countriesWithInstitutions(db));
  const countryId = filters.country ? Number(resolveChoice(countries, filters.country) ?? 0) : undefined;
  const table = parseTableState(params, { sorts: practiceSorts, defaultSort: { id: "updatedAt", desc: true } });
  const [page, topics, years] = await Promise.all([
    listPractices(db, {
      page: table.page,
      pageSize: table.pageSize,
      sort: (table.sort ?? "updatedAt") as (typeof practiceSorts)[number],
      desc: table.desc,
      q: filters.q,
      topicId: filters.topic,
      // A country that matches nothing filters everything out, rather than being ignored.
      countryId,
      status: filters.status,
      year: filters.year,
      untitled: filters.queue === "untitled",
      untagged: filters.queue === "untagged",
    }),
    topicOptions(db),
    practiceYears(db),
  ]);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  // Set by the bulk withdrawal's confirmation after it ran.
  const withdrawn =
    typeof params.withdrawn === "string" && /^\d{1,4}$/.test(params.withdrawn) ? Number(params.withdrawn) : null;

  return (
    <AdminFrame actor={actor} current="/practices">
      <div className="gp-page-head">
        <h1>Practices</h1>
        <Link className="gp-button" href="/practices/new">
          New award entry
        </Link>
      </div>
      {/* Keyed by the filters, so "Clear filters" (a client navigation) resets the fields too. */}
      <FilterForm
        key={JSON.stringify(filters)}
        label="Filter practices"
        search
        pageSize={table.pageSize}
        clearHref="/practices"
        filtered={filtered}
      >
        <Field id="q" label="Search" className="gp-filters__q">
          <input
            className="gp-input"
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder="Words, part of a title, a slug or an id"
          />
        </Field>
        <SelectField
          id="topic"
          label="Topic"
          empty="Any topic"
          options={topics.map((t) => ({ value: t.id, label: t.label }))}
          defaultValue={filters.topic}
        />
        <ComboboxField
          id="country"
          label="Country"
          placeholder="Any country"
          options={countries}
          defaultValue={filters.country}
        />
        <SelectField
          id="status"
          label="Status"
          empty="Any but merged"
          options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={filters.status}
        />
        <SelectField
          id="year"
          label="Year"
          empty="Any year"
          options={years.map((y) => ({ value: y, label: String(y) }))}
          defaultValue={filters.year}
        />
        <SelectField id="queue" label="Work queue" empty="All" options={queueOptions} defaultValue={filters.queue} />
      </FilterForm>
      {withdrawn !== null ? (
        <p className="gp-alert" data-tone="success" role="status">
          {plural(withdrawn, "practice")} withdrawn.
        </p>
      ) : null}
      <PracticesTable rows={page.rows} total={page.total} state={table} topics={topics} />
    </AdminFrame>
  );
}
