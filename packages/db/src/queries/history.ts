import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { type CuratableField, curatableFields } from "../schema";
import { matchKey } from "../text";
import { recordAudit } from "./audit";
import {
  changedFields,
  CurationError,
  pick,
  readState,
  snapshotOf,
  writeChanges,
  type PracticeSnapshot,
} from "./practice-snapshot";
import { addSearchTerms } from "./search-terms";

export interface HistoryEvent {
  id: number;
  at: Date;
  action: string;
  /** An editor's email, or null for an import (see batch) or the system. */
  user: string | null;
  batch: { id: number; fileName: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
}

/** A practice's history, newest first: every change by an editor or an import, with before and after. */
export async function practiceHistory(db: Db, practiceId: number): Promise<HistoryEvent[]> {
  const rows = await db.execute<{
    id: number;
    at: string;
    action: string;
    user: string | null;
    batch_id: number | null;
    file_name: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    note: string | null;
  }>(sql`
    select e.id::int, e.at, e.action, u.email as user, e.batch_id, b.file_name, e.before, e.after, e.note
    from audit_events e
    left join users u on u.id = e.user_id
    left join import_batches b on b.id = e.batch_id
    where e.subject_type = 'practice' and e.subject_id = ${practiceId}
    order by e.at desc, e.id desc`);
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    action: r.action,
    user: r.user,
    batch: r.batch_id !== null ? { id: r.batch_id, fileName: r.file_name ?? "" } : null,
    before: r.before,
    after: r.after,
    note: r.note,
  }));
}

/**
 * Topic values in history are topic ids; an import may record topic names instead. Both map to ids
 * (names through the topic aliases); names no longer known are dropped.
 */
async function topicIdsOf(db: Db, value: unknown): Promise<number[] | undefined> {
  if (!Array.isArray(value)) return undefined;
  if (value.every((v) => typeof v === "number")) {
    if (value.length === 0) return [];
    const rows = await db.execute<{ id: number }>(
      sql`select id from topics where id = any(${sql.param(value as number[])}::int[])`,
    );
    return rows.map((r) => r.id);
  }
  const keys = value.filter((v): v is string => typeof v === "string").map(matchKey);
  if (keys.length === 0) return [];
  const rows = await db.execute<{ topic_id: number }>(
    sql`select distinct topic_id from topic_aliases where key = any(${sql.param(keys)}::text[])`,
  );
  return rows.map((r) => r.topic_id);
}

/** The curatable fields recorded in an event's before/after, as a partial snapshot. */
async function snapshotPart(db: Db, values: Record<string, unknown> | null): Promise<Partial<PracticeSnapshot>> {
  const part: Record<string, unknown> = {};
  if (!values) return part;
  for (const field of curatableFields) {
    if (!(field in values)) continue;
    if (field === "topics") {
      const ids = await topicIdsOf(db, values.topics);
      if (ids) part.topics = ids;
    } else if (field !== "status" || values.status !== "merged") {
      part[field] = values[field];
    }
  }
  return part as Partial<PracticeSnapshot>;
}

/**
 * Restores a practice to how it was right after the event `eventId` (or, with `beforeEvent`, right
 * before it): the changes recorded after it (and it) are undone, newest first. Under optimistic locking like any edit; the result is a new version
 * (history is never rewritten) and the restored fields become curated.
 */
export async function revertPractice(
  db: Db,
  params: { practiceId: number; eventId: number; expectedVersion: number; actorId: number; beforeEvent?: boolean },
): Promise<
  { status: "saved"; version: number; changed: CuratableField[] } | { status: "unchanged" } | { status: "conflict" }
> {
  return db.transaction(async (tx) => {
    const state = await readState(tx, params.practiceId, { lock: true });
    if (!state) throw new CurationError("This practice does not exist.");
    if (state.status === "merged") throw new CurationError("This practice is merged into another; unmerge it first.");
    if (state.version !== params.expectedVersion) return { status: "conflict" };
    const [target] = await tx.execute<{ id: number }>(sql`
      select id from audit_events where id = ${params.eventId} and subject_type = 'practice' and subject_id = ${params.practiceId}`);
    if (!target) throw new CurationError("That version is not in this practice's history.");
    const later = await tx.execute<{ before: Record<string, unknown> | null }>(sql`
      select before from audit_events
      where subject_type = 'practice' and subject_id = ${params.practiceId}
        and (at, id) ${params.beforeEvent ? sql`>=` : sql`>`} (select at, id from audit_events where id = ${params.eventId})
      order by at desc, id desc`);
    const restored: Partial<PracticeSnapshot> = {};
    for (const event of later) Object.assign(restored, await snapshotPart(tx, event.before));
    const fields = changedFields(state, restored);
    if (fields.length === 0) return { status: "unchanged" };
    const changes = pick(restored, fields);
    const version = await writeChanges(tx, state, changes, { actorId: params.actorId, curate: true });
    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.revert",
      subjectType: "practice",
      subjectId: state.id,
      before: { version: state.version, ...pick(snapshotOf(state), fields) },
      after: { version, ...changes },
      note: `Restored the version ${params.beforeEvent ? "before" : "after"} event ${params.eventId}.`,
    });
    if (changes.title !== undefined || changes.summary !== undefined) {
      await addSearchTerms(tx, [`${changes.title ?? state.title ?? ""} ${changes.summary ?? state.summary}`]);
    }
    return { status: "saved", version, changed: fields };
  });
}
