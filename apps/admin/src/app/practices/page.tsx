import { getDb } from "@gp/db/client";
import { countriesWithInstitutions, listPractices, practiceSorts, practiceYears } from "@gp/db/curation";
import { topicOptions } from "@gp/db/topics";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { statusLabels } from "@/lib/labels";
import { practiceFilters } from "@/lib/list-params";
import { PracticesTable } from "./practices-table";

export const metadata: Metadata = { title: "Practices" };

export default async function PracticesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  const filters = practiceFilters(params);
  const table = parseTableState(params, { sorts: practiceSorts, defaultSort: { id: "updatedAt", desc: true } });
  const db = getDb();
  const [page, topics, countries, years] = await Promise.all([
    listPractices(db, {
      page: table.page,
      pageSize: table.pageSize,
      sort: (table.sort ?? "updatedAt") as (typeof practiceSorts)[number],
      desc: table.desc,
      q: filters.q,
      topicId: filters.topic,
      countryId: filters.country,
      status: filters.status,
      year: filters.year,
      untitled: filters.queue === "untitled",
      untagged: filters.queue === "untagged",
    }),
    topicOptions(db),
    // Only countries that have institutions: the filter offers what can match.
    countriesWithInstitutions(db),
    practiceYears(db),
  ]);
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <AdminFrame actor={actor} current="/practices">
      <div className="gp-page-head">
        <h1>Practices</h1>
        <Link className="gp-button" href="/practices/new">
          New award entry
        </Link>
      </div>
      {/* Keyed by the filters, so "Clear filters" (a client navigation) resets the fields too. */}
      <form
        className="gp-filters"
        method="get"
        role="search"
        aria-label="Filter practices"
        key={JSON.stringify(filters)}
      >
        <div className="gp-field gp-filters__q">
          <label htmlFor="q">Search</label>
          <input
            className="gp-input"
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder="Words, part of a title, a slug or an id"
          />
        </div>
        <div className="gp-field">
          <label htmlFor="topic">Topic</label>
          <select className="gp-select" id="topic" name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">Any topic</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="country">Country</label>
          <select className="gp-select" id="country" name="country" defaultValue={filters.country ?? ""}>
            <option value="">Any country</option>
            {countries.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="status">Status</label>
          <select className="gp-select" id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any but merged</option>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="year">Year</label>
          <select className="gp-select" id="year" name="year" defaultValue={filters.year ?? ""}>
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="queue">Work queue</label>
          <select className="gp-select" id="queue" name="queue" defaultValue={filters.queue ?? ""}>
            <option value="">All</option>
            <option value="untitled">Without a title</option>
            <option value="untagged">Without topics</option>
          </select>
        </div>
        <input type="hidden" name="size" value={table.pageSize} />
        <div className="gp-filters__actions">
          <button className="gp-button" type="submit">
            Apply
          </button>
          {filtered ? <Link href="/practices">Clear filters</Link> : null}
        </div>
      </form>
      <PracticesTable rows={page.rows} total={page.total} state={table} topics={topics} />
    </AdminFrame>
  );
}
