import { getDb } from "@gp/db/client";
import { listAuditEvents } from "@gp/db/audit";
import { route } from "@/lib/auth/guard";
import { auditFilters } from "@/lib/list-params";

const MAX_ROWS = 50_000;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The audit log as CSV, with the page's filters (user, action, from, to); at most 50,000 rows. */
export const GET = route("editor", async (request) => {
  const url = new URL(request.url);
  const filters = auditFilters(Object.fromEntries(url.searchParams));
  const { rows } = await listAuditEvents(getDb(), {
    page: 0,
    pageSize: MAX_ROWS,
    userId: filters.user,
    action: filters.action,
    from: filters.fromDate,
    to: filters.toDate,
  });
  const header = ["id", "at", "user", "batch_id", "action", "subject_type", "subject_id", "before", "after", "note"];
  const lines = rows.map((r) =>
    [r.id, r.at.toISOString(), r.userEmail, r.batchId, r.action, r.subjectType, r.subjectId, r.before, r.after, r.note]
      .map(csvCell)
      .join(","),
  );
  return new Response([header.join(","), ...lines].join("\r\n") + "\r\n", {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="audit-log.csv"',
      "cache-control": "no-store",
    },
  });
});
