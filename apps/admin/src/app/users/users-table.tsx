"use client";

import { type ColumnDef, DataTable, type TableState, useDataTable } from "@gp/ui/table";
import Link from "next/link";

export interface UserRow {
  id: number;
  email: string;
  name: string | null;
  role: "editor" | "admin";
  disabledAt: string | null;
  lastSignInAt: string | null;
  createdAt: string;
}

const columns: ColumnDef<UserRow>[] = [
  {
    id: "email",
    header: "Email",
    cell: ({ row }) => <Link href={`/users/${row.original.id}`}>{row.original.email}</Link>,
  },
  { id: "name", header: "Name", enableSorting: false, cell: ({ row }) => row.original.name ?? "" },
  { id: "role", header: "Role", cell: ({ row }) => row.original.role },
  {
    id: "state",
    header: "State",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.disabledAt ? (
        <span className="gp-status" data-status="withdrawn">
          Disabled
        </span>
      ) : (
        <span className="gp-status" data-status="published">
          Active
        </span>
      ),
  },
  {
    id: "lastSignInAt",
    header: "Last sign-in",
    meta: { descFirst: true },
    cell: ({ row }) => (row.original.lastSignInAt ? row.original.lastSignInAt.slice(0, 16).replace("T", " ") : "never"),
  },
  {
    id: "createdAt",
    header: "Created",
    meta: { descFirst: true },
    cell: ({ row }) => row.original.createdAt.slice(0, 10),
  },
];

export function UsersTable({ rows, total, state }: { rows: UserRow[]; total: number; state: TableState }) {
  const controller = useDataTable({ data: rows, columns, rowCount: total, state, getRowId: (row) => String(row.id) });
  return <DataTable controller={controller} caption="Users" empty="No users." />;
}
