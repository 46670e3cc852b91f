import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The filter form above an admin list: a GET form (its state is the URL, so it works without
 * JavaScript and can be shared), the list's page size kept, Apply, and "Clear filters" when filtered.
 * Give it a `key` that changes with the filters, so a client navigation resets its fields too.
 */
export function FilterForm({
  label,
  search,
  pageSize,
  clearHref,
  filtered,
  children,
}: {
  label: string;
  /** The form is the list's search (role "search"). */
  search?: boolean;
  pageSize: number;
  clearHref: string;
  filtered: boolean;
  children: ReactNode;
}) {
  return (
    <form className="gp-filters" method="get" role={search ? "search" : undefined} aria-label={label}>
      {children}
      <input type="hidden" name="size" value={pageSize} />
      <div className="gp-filters__actions">
        <button className="gp-button" type="submit">
          Apply
        </button>
        {filtered ? <Link href={clearHref}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
