"use client";

import { flexRender, type Header, type Row as TableRow } from "@tanstack/react-table";
import Link from "next/link";
import { useEffect, useRef, type ReactNode } from "react";
import type { DataTableController } from "./use-data-table";
import { TablePagination } from "./table-pagination";
import { defaultPageSizes } from "./url-state";

/** Per-column settings, in a column definition's `meta`. */
export interface DataColumnMeta {
  /** Plain-text name, used for mobile cell labels and sort links. Defaults to the header if a string. */
  label?: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Sort descending on the first click (dates, counts). */
  descFirst?: boolean;
}

export interface DataTableProps<Row> {
  controller: DataTableController<Row>;
  /** What the table lists, for screen readers (visually hidden). */
  caption: string;
  /** A row's name for its selection checkbox ("Select <label>"). */
  rowLabel?: (row: Row) => string;
  /** Shown when there are no rows. */
  empty?: ReactNode;
  /** Above the table: e.g. bulk actions for the selection. */
  toolbar?: ReactNode;
  pageSizes?: readonly number[];
  /**
   * Makes the row checkboxes fields of a form (by its id, as the table cannot sit inside a form):
   * named `name`, valued by the row id, so the selection is sent even without JavaScript.
   */
  selectionField?: { form: string; name: string };
}

function metaOf<Row>(header: Header<Row, unknown>): DataColumnMeta {
  return (header.column.columnDef.meta ?? {}) as DataColumnMeta;
}

/**
 * Server-side sorting: a column sorts unless its definition says `enableSorting: false`. (TanStack's
 * own getCanSort() needs an accessor to sort rows in the browser, which a server-sorted table has not.)
 */
function sortable<Row>(header: Header<Row, unknown>): boolean {
  return header.column.columnDef.enableSorting !== false && header.column.id !== "";
}

function labelOf<Row>(header: Header<Row, unknown>): string {
  const meta = metaOf(header);
  const text = header.column.columnDef.header;
  return meta.label ?? (typeof text === "string" ? text : header.column.id);
}

function Checkbox({
  checked,
  indeterminate,
  onChange,
  label,
  disabled,
  field,
}: {
  checked: boolean;
  indeterminate?: boolean;
  onChange: (value: boolean) => void;
  label: string;
  disabled?: boolean;
  field?: { form: string; name: string; value: string };
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = Boolean(indeterminate) && !checked;
  }, [checked, indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="gp-table__check"
      checked={checked}
      disabled={disabled}
      aria-label={label}
      form={field?.form}
      name={field?.name}
      value={field?.value}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/**
 * The shared data table: sortable headers (links, so they work without JavaScript too), optional
 * row selection, an empty state and pagination. Every admin list uses it with `useDataTable`.
 */
export function DataTable<Row>({
  controller,
  caption,
  rowLabel,
  empty,
  toolbar,
  pageSizes = defaultPageSizes,
  selectionField,
}: DataTableProps<Row>) {
  const { table, state, hrefFor } = controller;
  const selectable = table.options.enableRowSelection === true;
  const rows = table.getRowModel().rows;

  const sortLink = (header: Header<Row, unknown>) => {
    const meta = metaOf(header);
    const active = state.sort === header.column.id;
    const desc = active ? !state.desc : Boolean(meta.descFirst);
    const label = labelOf(header);
    const direction = active ? (state.desc ? "descending" : "ascending") : null;
    return (
      <Link
        className="gp-table__sort"
        href={hrefFor({ sort: header.column.id, desc, page: 0 })}
        scroll={false}
        aria-label={`${label}: sort ${desc ? "descending" : "ascending"}`}
      >
        {flexRender(header.column.columnDef.header, header.getContext())}
        <span aria-hidden="true" className="gp-table__sort-icon" data-direction={direction ?? "none"}>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
      </Link>
    );
  };

  return (
    <div className="gp-table">
      {toolbar ? <div className="gp-table__toolbar">{toolbar}</div> : null}
      <div className="gp-table__scroll">
        <table className="gp-table__table">
          <caption className="gp-visually-hidden">
            {caption}
            {state.sort ? `, sorted by ${state.sort} ${state.desc ? "descending" : "ascending"}` : ""}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {selectable ? (
                  <th scope="col" className="gp-table__select">
                    <Checkbox
                      checked={table.getIsAllPageRowsSelected()}
                      indeterminate={table.getIsSomePageRowsSelected()}
                      onChange={(value) => table.toggleAllPageRowsSelected(value)}
                      label="Select all rows on this page"
                      disabled={rows.length === 0}
                    />
                  </th>
                ) : null}
                {group.headers.map((header) => {
                  const active = state.sort === header.column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      data-numeric={metaOf(header).numeric ? "" : undefined}
                      aria-sort={active ? (state.desc ? "descending" : "ascending") : undefined}
                    >
                      {header.isPlaceholder
                        ? null
                        : sortable(header)
                          ? sortLink(header)
                          : flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td className="gp-table__empty" colSpan={table.getVisibleLeafColumns().length + (selectable ? 1 : 0)}>
                  {empty ?? "Nothing to show."}
                </td>
              </tr>
            ) : (
              rows.map((row: TableRow<Row>) => (
                <tr key={row.id} data-selected={row.getIsSelected() ? "" : undefined}>
                  {selectable ? (
                    <td className="gp-table__select">
                      <Checkbox
                        checked={row.getIsSelected()}
                        onChange={(value) => row.toggleSelected(value)}
                        label={`Select ${rowLabel ? rowLabel(row.original) : `row ${row.id}`}`}
                        field={selectionField ? { ...selectionField, value: row.id } : undefined}
                      />
                    </td>
                  ) : null}
                  {row.getVisibleCells().map((cell) => {
                    const header = table.getFlatHeaders().find((h) => h.column.id === cell.column.id);
                    const meta = (cell.column.columnDef.meta ?? {}) as DataColumnMeta;
                    return (
                      <td
                        key={cell.id}
                        data-label={header ? labelOf(header) : undefined}
                        data-numeric={meta.numeric ? "" : undefined}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <TablePagination controller={controller} caption={caption} pageSizes={pageSizes} />
    </div>
  );
}
