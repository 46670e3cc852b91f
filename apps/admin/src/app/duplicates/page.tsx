import { getDb } from "@gp/db/client";
import { listOpenCandidates, openPairsByInstitution } from "@gp/db/duplicates";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { CandidatesTable } from "./candidates-table";
import { InstitutionCounts } from "./institution-counts";
import { readQueueFilter } from "./queue-params";

export const metadata: Metadata = { title: "Duplicates" };

export default async function DuplicatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  // By score, highest first unless the editor turns it round; an institution narrows the queue.
  const table = parseTableState(params, { sorts: ["score"], defaultSort: { id: "score", desc: true } });
  const filter = readQueueFilter(params);
  const db = getDb();
  const [page, perInstitution] = await Promise.all([
    listOpenCandidates(db, { ...filter, page: table.page, pageSize: table.pageSize, ascending: !table.desc }),
    openPairsByInstitution(db, { limit: 10 }),
  ]);
  const chosen = perInstitution.rows.find((row) => row.id === filter.institutionId);
  const bulk = Number(params.bulkDismissed);
  return (
    <AdminFrame actor={actor} current="/duplicates">
      <div className="gp-page-head">
        <h1>Duplicate candidates</h1>
        <Link className="gp-button" data-variant="secondary" href="/duplicates/compare">
          Merge any two practices…
        </Link>
      </div>
      {params.dismissed === "1" ? (
        <p className="gp-alert" data-tone="success" role="status">
          Dismissed: this pair will not be proposed again.
        </p>
      ) : null}
      {Number.isInteger(bulk) && bulk >= 0 && params.bulkDismissed !== undefined ? (
        <p className="gp-alert" data-tone="success" role="status">
          Dismissed {bulk} {bulk === 1 ? "pair" : "pairs"}: imports will not propose them again.
        </p>
      ) : null}
      <p className="gp-lede">
        Pairs that imports found similar, most similar first. Compare them side by side, then merge them or dismiss the
        pair.
      </p>
      <InstitutionCounts
        rows={perInstitution.rows}
        institutions={perInstitution.institutions}
        chosen={filter.institutionId}
      />
      <form className="gp-inline-form" method="get" action="/duplicates/dismiss-below">
        {filter.institutionId !== undefined ? (
          <input type="hidden" name="institution" value={filter.institutionId} />
        ) : null}
        <label htmlFor="dismiss-below">
          Dismiss every pair{chosen ? ` of ${chosen.name}` : ""} below (similarity, %)
        </label>
        <input id="dismiss-below" name="below" type="number" min={1} max={100} step={1} defaultValue={60} required />
        <button className="gp-button" data-variant="secondary" type="submit">
          Review…
        </button>
      </form>
      <CandidatesTable rows={page.rows} total={page.total} state={table} />
    </AdminFrame>
  );
}
