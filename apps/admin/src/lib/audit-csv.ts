import type { AuditRow } from "@gp/db/audit";
import { csvRecord } from "@gp/ui/csv";

export const auditCsvHeader = csvRecord([
  "id",
  "at",
  "user",
  "batch_id",
  "action",
  "subject_type",
  "subject_id",
  "before",
  "after",
  "note",
]);

/** One audit event as a CSV record; values before and after as JSON. Formulas are defused (@gp/ui/csv). */
export function auditCsvRecord(row: AuditRow): string {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return csvRecord([
    row.id,
    row.at.toISOString(),
    row.userEmail,
    row.batchId,
    row.action,
    row.subjectType,
    row.subjectId,
    json(row.before),
    json(row.after),
    row.note,
  ]);
}
