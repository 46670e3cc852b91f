"use client";

import type { CandidateRow } from "@gp/db/duplicates";
import { type ColumnDef, DataTable, type TableState, useDataTable } from "@gp/ui/table";
import Link from "next/link";

const side = (p: CandidateRow["a"]) => (
  <>
    <Link href={`/practices/${p.id}`}>{p.title}</Link>
    <span className="gp-queue__meta">
      {p.institution} · {p.implementationYear ?? "–"}
      {p.awardYear ? ` · award ${p.awardYear}` : ""}
    </span>
  </>
);

const columns: ColumnDef<CandidateRow>[] = [
  {
    id: "score",
    header: "Similarity",
    meta: { numeric: true },
    cell: ({ row }) => `${Math.round(row.original.score * 100)}%`,
  },
  { id: "a", header: "Practice A", enableSorting: false, cell: ({ row }) => side(row.original.a) },
  { id: "b", header: "Practice B", enableSorting: false, cell: ({ row }) => side(row.original.b) },
  { id: "method", header: "Found by", enableSorting: false, cell: ({ row }) => row.original.method },
  {
    id: "compare",
    header: "",
    enableSorting: false,
    cell: ({ row }) => (
      <Link className="gp-button" data-variant="secondary" href={`/duplicates/${row.original.id}`}>
        Compare<span className="gp-visually-hidden"> pair {row.original.id}</span>
      </Link>
    ),
  },
];

export function CandidatesTable({ rows, total, state }: { rows: CandidateRow[]; total: number; state: TableState }) {
  const controller = useDataTable({ data: rows, columns, rowCount: total, state, getRowId: (row) => String(row.id) });
  return (
    <DataTable
      controller={controller}
      caption="Open duplicate candidates, by similarity"
      empty="No open duplicate candidates. Well done."
    />
  );
}
