import { getDb } from "@gp/db/client";
import { listAuditEvents } from "@gp/db/audit";
import { auditCsvHeader, auditCsvRecord } from "@/lib/audit-csv";
import { hasRole, route } from "@/lib/auth/guard";
import { auditFilters } from "@/lib/list-params";

const MAX_ROWS = 50_000;

/**
 * The audit log as CSV, with the page's filters (user, action, from, to); at most 50,000 rows.
 * Events about user accounts, and the user filter, are for admins only: an editor gets neither.
 */
export const GET = route("editor", async (request, actor) => {
  const url = new URL(request.url);
  const filters = auditFilters(Object.fromEntries(url.searchParams));
  const admin = hasRole(actor, "admin");
  const { rows } = await listAuditEvents(getDb(), {
    page: 0,
    pageSize: MAX_ROWS,
    userId: admin ? filters.user : undefined,
    action: filters.action,
    from: filters.fromDate,
    to: filters.toDate,
    withoutUserEvents: !admin,
  });
  return new Response(auditCsvHeader + rows.map(auditCsvRecord).join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="audit-log.csv"',
      "cache-control": "no-store",
    },
  });
});
