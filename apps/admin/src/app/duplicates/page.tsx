import { getDb } from "@gp/db/client";
import { listOpenCandidates } from "@gp/db/duplicates";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { CandidatesTable } from "./candidates-table";

export const metadata: Metadata = { title: "Duplicates" };

export default async function DuplicatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  // The queue is always by score, highest first; only paging is in the URL.
  const params = await searchParams;
  const table = parseTableState(params, { sorts: [] });
  const page = await listOpenCandidates(getDb(), { page: table.page, pageSize: table.pageSize });
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
      <p className="gp-lede">
        Pairs that imports found similar, most similar first. Compare them side by side, then merge them or dismiss the
        pair.
      </p>
      <CandidatesTable rows={page.rows} total={page.total} state={table} />
    </AdminFrame>
  );
}
