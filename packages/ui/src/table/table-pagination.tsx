"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { DataTableController } from "./use-data-table";

/** Under a data table: the rows shown of how many, the page size, and previous and next pages (plain links). */
export function TablePagination<Row>({
  controller,
  caption,
  pageSizes,
}: {
  controller: DataTableController<Row>;
  caption: string;
  pageSizes: readonly number[];
}) {
  const { state, rowCount, pageCount, hrefFor } = controller;
  const router = useRouter();
  const first = rowCount === 0 ? 0 : state.page * state.pageSize + 1;
  const last = Math.min(rowCount, (state.page + 1) * state.pageSize);
  return (
    <nav className="gp-table__pagination" aria-label={`Pages of ${caption}`}>
      <p className="gp-table__count" aria-live="polite">
        {rowCount === 0 ? "No rows" : `${first}–${last} of ${rowCount}`}
      </p>
      <label className="gp-table__size">
        Rows per page{" "}
        <select
          className="gp-select"
          value={state.pageSize}
          onChange={(event) =>
            router.push(hrefFor({ pageSize: Number(event.target.value), page: 0 }), { scroll: false })
          }
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="gp-table__pages">
        {state.page > 0 ? (
          <Link
            className="gp-button"
            data-variant="secondary"
            href={hrefFor({ page: state.page - 1 })}
            scroll={false}
            rel="prev"
          >
            Previous
          </Link>
        ) : (
          <span className="gp-button" data-variant="secondary" aria-disabled="true">
            Previous
          </span>
        )}
        <span>
          Page {state.page + 1} of {pageCount}
        </span>
        {state.page + 1 < pageCount ? (
          <Link
            className="gp-button"
            data-variant="secondary"
            href={hrefFor({ page: state.page + 1 })}
            scroll={false}
            rel="next"
          >
            Next
          </Link>
        ) : (
          <span className="gp-button" data-variant="secondary" aria-disabled="true">
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
