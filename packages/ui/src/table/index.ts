export { DataTable, type DataColumnMeta, type DataTableProps } from "./data-table";
export { useDataTable, type DataTableController, type UseDataTableOptions } from "./use-data-table";
export { parseTableState, tableSearch, defaultPageSizes, type TableState, type TableStateOptions } from "./url-state";
export type { ColumnDef } from "@tanstack/react-table";
