/**
 * The state of a server-side table lives in the URL (?page=2&size=25&sort=-title), so it is
 * shareable, the back button works, and the server renders exactly the requested page.
 * These helpers are plain functions: server pages parse with them, the client hook builds links.
 */

export interface TableState {
  /** 0-based page index. */
  page: number;
  pageSize: number;
  /** Column id to sort by, or null for the list's default order. */
  sort: string | null;
  desc: boolean;
}

export interface TableStateOptions {
  /** Column ids the server can sort by; anything else in the URL is ignored. */
  sorts: readonly string[];
  defaultSort?: { id: string; desc: boolean } | null;
  pageSizes?: readonly number[];
  defaultPageSize?: number;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export const defaultPageSizes = [25, 50, 100] as const;

/** Reads the table state from search params; malformed values fall back to defaults (never an error). */
export function parseTableState(params: Params, options: TableStateOptions): TableState {
  const sizes = options.pageSizes ?? defaultPageSizes;
  const defaultSize = options.defaultPageSize ?? sizes[0] ?? 25;
  const size = Number(read(params, "size"));
  const page = Number(read(params, "page"));
  const rawSort = read(params, "sort") ?? "";
  const desc = rawSort.startsWith("-");
  const id = desc ? rawSort.slice(1) : rawSort;
  const sort = options.sorts.includes(id) ? { id, desc } : (options.defaultSort ?? null);
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page - 1 : 0,
    pageSize: sizes.includes(size) ? size : defaultSize,
    sort: sort?.id ?? null,
    desc: sort?.desc ?? false,
  };
}

/** The URL search string for a table state, keeping the other params (filters, search). */
export function tableSearch(current: URLSearchParams, next: Partial<TableState>, base: TableState): string {
  const params = new URLSearchParams(current);
  const state = { ...base, ...next };
  if (state.page > 0) params.set("page", String(state.page + 1));
  else params.delete("page");
  params.set("size", String(state.pageSize));
  if (state.sort) params.set("sort", `${state.desc ? "-" : ""}${state.sort}`);
  else params.delete("sort");
  const text = params.toString();
  return text ? `?${text}` : "?";
}
