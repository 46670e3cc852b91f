import { getDb } from "@gp/db/client";
import { auditActions, listAuditEvents } from "@gp/db/audit";
import { userOptions } from "@gp/db/users";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin-frame";
import { requirePage } from "@/lib/auth/guard";
import { auditFilters } from "@/lib/list-params";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage();
  const params = await searchParams;
  const filters = auditFilters(params);
  const table = parseTableState(params, { sorts: [], pageSizes: [50, 100, 200] });
  const db = getDb();
  const [page, actions, users] = await Promise.all([
    listAuditEvents(db, {
      page: table.page,
      pageSize: table.pageSize,
      userId: filters.user,
      action: filters.action,
      from: filters.fromDate,
      to: filters.toDate,
    }),
    auditActions(db),
    userOptions(db),
  ]);
  const query = new URLSearchParams(
    Object.entries({ user: filters.user, action: filters.action, from: filters.from, to: filters.to })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );

  return (
    <AdminFrame actor={actor} current="/audit">
      <div className="gp-page-head">
        <h1>Audit log</h1>
        <a className="gp-button" data-variant="secondary" href={`/api/audit/export?${query}`}>
          Download CSV
        </a>
      </div>
      <p className="gp-lede">
        Every change, by whom (an editor or an import), with the values before and after. Newest first.
      </p>
      <form className="gp-filters" method="get" aria-label="Filter the audit log" key={query.toString()}>
        <div className="gp-field">
          <label htmlFor="user">User</label>
          <select className="gp-select" id="user" name="user" defaultValue={filters.user ?? ""}>
            <option value="">Anyone (editors and imports)</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="action">Action</label>
          <select className="gp-select" id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any action</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="gp-field">
          <label htmlFor="from">From (UTC day)</label>
          <input className="gp-input" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="gp-field">
          <label htmlFor="to">To (UTC day, included)</label>
          <input className="gp-input" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <input type="hidden" name="size" value={table.pageSize} />
        <div className="gp-filters__actions">
          <button className="gp-button" type="submit">
            Apply
          </button>
          {query.size ? <Link href="/audit">Clear filters</Link> : null}
        </div>
      </form>
      <AuditTable rows={page.rows.map((r) => ({ ...r, at: r.at.toISOString() }))} total={page.total} state={table} />
    </AdminFrame>
  );
}
