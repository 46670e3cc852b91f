import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client-core";
import { auditEvents, users } from "../schema";

export interface AuditEntry {
  /** The editor who acted; null for an import or the system. */
  userId: number | null;
  batchId?: number | null;
  /** Dotted verb, e.g. "practice.update", "topic.merge", "user.disable". */
  action: string;
  subjectType: string;
  subjectId: number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/** Writes one audit event. Call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      userId: entry.userId,
      batchId: entry.batchId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      note: entry.note ?? null,
    })
    .returning({ id: auditEvents.id });
  return row!.id;
}

export interface AuditFilter {
  userId?: number;
  action?: string;
  /** Inclusive start, e.g. the first day of a range. */
  from?: Date;
  /** Exclusive end. */
  to?: Date;
  subjectType?: string;
  subjectId?: number;
}

export interface AuditPage extends AuditFilter {
  page: number;
  pageSize: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  subjectType: string;
  subjectId: number | null;
  userId: number | null;
  userEmail: string | null;
  batchId: number | null;
  before: unknown;
  after: unknown;
  note: string | null;
}

function where(filter: AuditFilter): SQL | undefined {
  return and(
    filter.userId !== undefined ? eq(auditEvents.userId, filter.userId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
    filter.subjectType ? eq(auditEvents.subjectType, filter.subjectType) : undefined,
    filter.subjectId !== undefined ? eq(auditEvents.subjectId, filter.subjectId) : undefined,
  );
}

/** Audit events, newest first, filtered by user, action, date range or subject; one page and the total. */
export async function listAuditEvents(db: Db, params: AuditPage): Promise<{ rows: AuditRow[]; total: number }> {
  const condition = where(params);
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      userId: auditEvents.userId,
      userEmail: users.email,
      batchId: auditEvents.batchId,
      before: auditEvents.before,
      after: auditEvents.after,
      note: auditEvents.note,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(condition)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(params.pageSize)
    .offset(params.page * params.pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(condition);
  return { rows, total: total?.n ?? 0 };
}

/** The actions that occur in the log, for the filter menu. */
export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.execute<{ action: string }>(sql`select distinct action from audit_events order by action`);
  return rows.map((r) => r.action);
}
