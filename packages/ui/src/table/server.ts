// The URL-state helpers without the client components, for server pages that parse ?page&size&sort.
export { parseTableState, tableSearch, defaultPageSizes, type TableState, type TableStateOptions } from "./url-state";
