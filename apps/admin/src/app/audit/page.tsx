import { getDb } from "@gp/db/client";
import { auditActions, listAuditEvents } from "@gp/db/audit";
import { userOptions } from "@gp/db/users";
import { parseTableState } from "@gp/ui/table/server";
import type { Metadata } from "next";
import { Field, SelectField } from "@gp/ui/form";
import { AdminFrame } from "@/components/admin-frame";
import { FilterForm } from "@/components/filter-form";
import { hasRole, requirePage } from "@/lib/auth/guard";
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
  // Who has an account, with which email and role, is for admins: an editor sees neither the events
  // about user accounts nor the filter that lists every user.
  const admin = hasRole(actor, "admin");
  const user = admin ? filters.user : undefined;
  const [page, actions, users] = await Promise.all([
    listAuditEvents(db, {
      page: table.page,
      pageSize: table.pageSize,
      userId: user,
      action: filters.action,
      from: filters.fromDate,
      to: filters.toDate,
      withoutUserEvents: !admin,
    }),
    auditActions(db, { withoutUserEvents: !admin }),
    admin ? userOptions(db) : [],
  ]);
  const query = new URLSearchParams(
    Object.entries({ user, action: filters.action, from: filters.from, to: filters.to })
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
      <FilterForm
        key={query.toString()}
        label="Filter the audit log"
        pageSize={table.pageSize}
        clearHref="/audit"
        filtered={query.size > 0}
      >
        {admin ? (
          <SelectField
            id="user"
            label="User"
            empty="Anyone (editors and imports)"
            options={users.map((u) => ({ value: u.id, label: u.email }))}
            defaultValue={user}
          />
        ) : null}
        <SelectField
          id="action"
          label="Action"
          empty="Any action"
          options={actions.map((a) => ({ value: a, label: a }))}
          defaultValue={filters.action}
        />
        <Field id="from" label="From (UTC day)">
          <input className="gp-input" id="from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="to" label="To (UTC day, included)">
          <input className="gp-input" id="to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </Field>
      </FilterForm>
      <AuditTable rows={page.rows.map((r) => ({ ...r, at: r.at.toISOString() }))} total={page.total} state={table} />
    </AdminFrame>
  );
}
