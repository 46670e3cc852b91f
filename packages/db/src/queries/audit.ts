import { and, count, desc, eq, gte, lt, ne, sql, type SQL } from "drizzle-orm";
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
  const [id] = await recordAuditEvents(db, [entry]);
  return id!;
}

/**
 * Writes audit events in one statement (an import's revisions, an editor's change): inside the
 * transaction that makes the changes. Returns their ids, in order.
 */
export async function recordAuditEvents(db: Db, entries: readonly AuditEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const rows = await db.execute<{ id: number }>(sql`
    insert into audit_events (user_id, batch_id, action, subject_type, subject_id, before, after, note)
    select v.user_id, v.batch_id, v.action, v.subject_type, v.subject_id, v.before::jsonb, v.after::jsonb, v.note
    from unnest(${sql.param(entries.map((e) => e.userId))}::int[], ${sql.param(entries.map((e) => e.batchId ?? null))}::int[],
      ${sql.param(entries.map((e) => e.action))}::text[], ${sql.param(entries.map((e) => e.subjectType))}::text[],
      ${sql.param(entries.map((e) => e.subjectId))}::int[], ${sql.param(entries.map((e) => json(e.before)))}::text[],
      ${sql.param(entries.map((e) => json(e.after)))}::text[], ${sql.param(entries.map((e) => e.note ?? null))}::text[])
      with ordinality as v(user_id, batch_id, action, subject_type, subject_id, before, after, note, n)
    order by v.n
    returning id`);
  // Ids come from one sequence in insertion order, so sorted they follow the entries.
  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
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
  /** Leaves out the events about user accounts (who was created, their email and role): admins' business. */
  withoutUserEvents?: boolean;
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

/** The subject type of the events about user accounts. */
const USER_SUBJECT = "user";

function where(filter: AuditFilter): SQL | undefined {
  return and(
    filter.userId !== undefined ? eq(auditEvents.userId, filter.userId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
    filter.subjectType ? eq(auditEvents.subjectType, filter.subjectType) : undefined,
    filter.subjectId !== undefined ? eq(auditEvents.subjectId, filter.subjectId) : undefined,
    filter.withoutUserEvents ? ne(auditEvents.subjectType, USER_SUBJECT) : undefined,
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

/** The actions that occur in the log, for the filter menu (without user events' when asked). */
export async function auditActions(db: Db, params: { withoutUserEvents?: boolean } = {}): Promise<string[]> {
  const rows = await db.execute<{ action: string }>(
    params.withoutUserEvents
      ? sql`select distinct action from audit_events where subject_type <> ${USER_SUBJECT} order by action`
      : sql`select distinct action from audit_events order by action`,
  );
  return rows.map((r) => r.action);
}
