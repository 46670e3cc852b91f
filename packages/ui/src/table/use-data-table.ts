"use client";

import {
  type ColumnDef,
  getCoreRowModel,
  type RowSelectionState,
  type SortingState,
  type Table,
  type Updater,
  useReactTable,
} from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { tableSearch, type TableState } from "./url-state";

export interface UseDataTableOptions<Row> {
  data: Row[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column, as in TanStack's own examples
  columns: ColumnDef<Row, any>[];
  /** Rows across all pages (the server counted them). */
  rowCount: number;
  /** The state the server rendered (parseTableState of the same URL). */
  state: TableState;
  getRowId: (row: Row) => string;
  enableRowSelection?: boolean;
}

export interface DataTableController<Row> {
  table: Table<Row>;
  state: TableState;
  rowCount: number;
  pageCount: number;
  /** The link to this list with another page, page size or sort (filters kept). */
  hrefFor: (next: Partial<TableState>) => string;
  /** Ids of the selected rows (kept across pages until cleared). */
  selectedIds: string[];
  clearSelection: () => void;
}

/**
 * TanStack Table in manual (server-side) mode: the server pages, sorts and filters; sorting and
 * paging here only navigate to a new URL, which renders the next page on the server.
 */
export function useDataTable<Row>({
  data,
  columns,
  rowCount,
  state,
  getRowId,
  enableRowSelection = false,
}: UseDataTableOptions<Row>): DataTableController<Row> {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const pageCount = Math.max(1, Math.ceil(rowCount / state.pageSize));
  const hrefFor = (next: Partial<TableState>) =>
    `${pathname}${tableSearch(new URLSearchParams(searchParams.toString()), next, state)}`;
  const sorting: SortingState = state.sort ? [{ id: state.sort, desc: state.desc }] : [];

  // The React Compiler is not used here; TanStack Table's instance is meant to be read fresh each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    rowCount,
    state: { sorting, pagination: { pageIndex: state.page, pageSize: state.pageSize }, rowSelection },
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection,
    enableMultiSort: false,
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      router.push(hrefFor({ sort: next[0]?.id ?? null, desc: next[0]?.desc ?? false, page: 0 }), { scroll: false });
    },
    onPaginationChange: (updater) => {
      const next =
        typeof updater === "function" ? updater({ pageIndex: state.page, pageSize: state.pageSize }) : updater;
      router.push(hrefFor({ page: next.pageIndex, pageSize: next.pageSize }), { scroll: false });
    },
    getCoreRowModel: getCoreRowModel(),
  });

  return {
    table,
    state,
    rowCount,
    pageCount,
    hrefFor,
    selectedIds: Object.keys(rowSelection).filter((id) => rowSelection[id]),
    clearSelection: () => setRowSelection({}),
  };
}
