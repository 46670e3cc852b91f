// The public surface of the audit trail: recording events and listing them.
export {
  auditActions,
  listAuditEvents,
  recordAudit,
  recordAuditEvents,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
  type AuditRow,
} from "./queries/audit";
