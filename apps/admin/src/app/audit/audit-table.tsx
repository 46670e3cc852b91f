"use client";

import type { AuditRow } from "@gp/db/audit";
import { type ColumnDef, DataTable, type TableState, useDataTable } from "@gp/ui/table";
import Link from "next/link";

type Row = Omit<AuditRow, "at"> & { at: string };

function brief(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

function subjectLink(row: Row) {
  if (row.subjectType === "practice" && row.subjectId !== null)
    return <Link href={`/practices/${row.subjectId}/history`}>practice #{row.subjectId}</Link>;
  if (row.subjectType === "topic") return <Link href="/topics">topic #{row.subjectId}</Link>;
  return `${row.subjectType}${row.subjectId !== null ? ` #${row.subjectId}` : ""}`;
}

const columns: ColumnDef<Row>[] = (
  [
    { id: "at", header: "When (UTC)", cell: ({ row }) => row.original.at.slice(0, 19).replace("T", " ") },
    {
      id: "who",
      header: "Who",
      cell: ({ row }) =>
        row.original.userEmail ?? (row.original.batchId !== null ? `import batch ${row.original.batchId}` : "system"),
    },
    { id: "action", header: "Action", cell: ({ row }) => <code>{row.original.action}</code> },
    { id: "subject", header: "Subject", cell: ({ row }) => subjectLink(row.original) },
    {
      id: "change",
      header: "Before → after",
      cell: ({ row }) => (
        <span className="gp-audit-change">
          {brief(row.original.before) ? <del className="gp-diff">{brief(row.original.before)}</del> : null}{" "}
          {brief(row.original.after) ? <ins className="gp-diff">{brief(row.original.after)}</ins> : null}
          {row.original.note ? <span className="gp-queue__meta">{row.original.note}</span> : null}
        </span>
      ),
    },
  ] satisfies ColumnDef<Row>[]
).map((c) => ({ ...c, enableSorting: false }));

export function AuditTable({ rows, total, state }: { rows: Row[]; total: number; state: TableState }) {
  const controller = useDataTable({ data: rows, columns, rowCount: total, state, getRowId: (row) => String(row.id) });
  return (
    <DataTable
      controller={controller}
      caption="Audit events, newest first"
      empty="No event matches these filters."
      pageSizes={[50, 100, 200]}
    />
  );
}
