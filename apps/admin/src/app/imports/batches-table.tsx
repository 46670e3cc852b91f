"use client";

import type { ImportBatchRow } from "@gp/db/imports";
import { type ColumnDef, DataTable, type TableState, useDataTable } from "@gp/ui/table";

type Row = Omit<ImportBatchRow, "startedAt" | "finishedAt"> & { startedAt: string; finishedAt: string | null };

const figure = (key: keyof Row, header: string): ColumnDef<Row> => ({
  id: key,
  header,
  enableSorting: false,
  meta: { numeric: true },
  cell: ({ row }) => String(row.original[key] ?? ""),
});

const columns: ColumnDef<Row>[] = [
  {
    id: "startedAt",
    header: "When (UTC)",
    enableSorting: false,
    cell: ({ row }) => row.original.startedAt.slice(0, 16).replace("T", " "),
  },
  {
    id: "fileName",
    header: "File",
    enableSorting: false,
    cell: ({ row }) => `${row.original.fileName} (${row.original.format})`,
  },
  { id: "actor", header: "Run by", enableSorting: false, cell: ({ row }) => row.original.actor },
  figure("records", "Records"),
  figure("added", "Added"),
  figure("updated", "Updated"),
  figure("unchanged", "Unchanged"),
  figure("duplicatesInFile", "Repeated"),
  figure("candidates", "Candidates"),
  figure("conflicts", "Conflicts"),
];

export function BatchesTable({ rows, total, state }: { rows: Row[]; total: number; state: TableState }) {
  const controller = useDataTable({ data: rows, columns, rowCount: total, state, getRowId: (row) => String(row.id) });
  return (
    <DataTable controller={controller} caption="Past imports, newest first" empty="No import has been applied yet." />
  );
}
