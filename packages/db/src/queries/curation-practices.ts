import { asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { practices, topics } from "../schema";
import { derivedTitle } from "../text";
import { recordAudit } from "./audit";
import {
  assertPublishable,
  assertReferences,
  changedFields,
  CurationError,
  type editableStatuses,
  pick,
  readState,
  snapshotOf,
  writeChanges,
  type PracticeSnapshot,
  type PracticeState,
  type PracticeStatus,
} from "./practice-snapshot";
import { addSearchTerms } from "./search-terms";

export interface PracticeDetail extends PracticeState {
  institution: { id: number; name: string; acronym: string | null; country: string; countryCode: string };
  topicNames: Array<{ id: number; name: string }>;
  curatedAt: Date | null;
  curatedBy: string | null;
  mergedInto: { id: number; slug: string; title: string } | null;
  mergedFrom: Array<{ id: number; slug: string; title: string }>;
  sources: Array<{ batchId: number; fileName: string; line: number; practiceId: number }>;
  createdAt: Date;
  updatedAt: Date;
}

/** Everything the edit page shows about a practice, or null. */
export async function getPracticeDetail(db: Db, id: number): Promise<PracticeDetail | null> {
  const state = await readState(db, id);
  if (!state) return null;
  const [extra] = await db.execute<{
    institution: PracticeDetail["institution"];
    curated_at: string | null;
    curated_by: string | null;
    created_at: string;
    updated_at: string;
  }>(sql`
    select json_build_object('id', i.id, 'name', i.name, 'acronym', i.acronym, 'country', c.name, 'countryCode', c.code) as institution,
           p.curated_at, u.email as curated_by, p.created_at, p.updated_at
    from practices p
    join institutions i on i.id = p.institution_id
    join countries c on c.id = i.country_id
    left join users u on u.id = p.curated_by_id
    where p.id = ${id}`);
  const topicNames = state.topics.length
    ? await db
        .select({ id: topics.id, name: topics.name })
        .from(topics)
        .where(sql`${topics.id} = any(${sql.param(state.topics)}::int[])`)
        .orderBy(asc(topics.name))
    : [];
  const titled = (p: { id: number; slug: string; title: string | null; summary: string }) => ({
    id: p.id,
    slug: p.slug,
    title: p.title ?? derivedTitle(p.summary),
  });
  const related = await db
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: practices.summary,
      mergedIntoId: practices.mergedIntoId,
    })
    .from(practices)
    .where(or(eq(practices.mergedIntoId, id), state.mergedIntoId ? eq(practices.id, state.mergedIntoId) : undefined));
  // Sources of this practice and of the practices merged into it: the survivor keeps both.
  const sources = await db.execute<{ batchId: number; fileName: string; line: number; practiceId: number }>(sql`
    select s.batch_id as "batchId", b.file_name as "fileName", s.line, s.practice_id as "practiceId"
    from practice_sources s join import_batches b on b.id = s.batch_id
    where s.practice_id = ${id} or s.practice_id in (select id from practices where merged_into_id = ${id})
    order by s.batch_id, s.line`);
  return {
    ...state,
    institution: extra!.institution,
    topicNames,
    curatedAt: extra!.curated_at ? new Date(extra!.curated_at) : null,
    curatedBy: extra!.curated_by,
    mergedInto: related.filter((p) => p.id === state.mergedIntoId).map(titled)[0] ?? null,
    mergedFrom: related.filter((p) => p.mergedIntoId === id).map(titled),
    sources: [...sources],
    createdAt: new Date(extra!.created_at),
    updatedAt: new Date(extra!.updated_at),
  };
}

export type UpdateResult =
  | { status: "saved"; version: number; changed: string[] }
  | { status: "unchanged"; version: number }
  | { status: "conflict"; current: PracticeState };

/**
 * Saves an editor's changes under optimistic locking: refused (status "conflict", with the current
 * state) when the practice's version is no longer `expectedVersion`. Changed fields become curated.
 */
export async function updatePractice(
  db: Db,
  params: {
    id: number;
    expectedVersion: number;
    changes: Partial<PracticeSnapshot>;
    actorId: number;
    action?: string;
    note?: string;
  },
): Promise<UpdateResult> {
  return db.transaction(async (tx) => {
    const state = await readState(tx, params.id, { lock: true });
    if (!state) throw new CurationError("This practice does not exist.");
    if (state.status === "merged")
      throw new CurationError(
        "This practice was merged into another; edit the surviving practice, or unmerge it first.",
      );
    if (state.version !== params.expectedVersion) return { status: "conflict", current: state };
    if (params.changes.status === "merged") throw new CurationError("A practice becomes merged only by merging it.");
    const fields = changedFields(state, params.changes);
    if (fields.length === 0) return { status: "unchanged", version: state.version };
    assertPublishable(state, params.changes);
    await assertReferences(tx, params.changes);
    const version = await writeChanges(tx, state, params.changes, { actorId: params.actorId, curate: true });
    await recordAudit(tx, {
      userId: params.actorId,
      action: params.action ?? "practice.update",
      subjectType: "practice",
      subjectId: state.id,
      before: { version: state.version, ...pick(snapshotOf(state), fields) },
      after: { version, ...pick(params.changes, fields) },
      note: params.note ?? null,
    });
    if (fields.includes("title") || fields.includes("summary")) {
      await addSearchTerms(tx, [
        `${params.changes.title ?? state.title ?? ""} ${params.changes.summary ?? state.summary}`,
      ]);
    }
    return { status: "saved", version, changed: fields };
  });
}

/** Title, address and status of chosen practices (a bulk action's confirmation), in id order; at most 1,000. */
export async function practicesByIds(
  db: Db,
  ids: number[],
): Promise<Array<{ id: number; title: string; slug: string; status: PracticeStatus }>> {
  const wanted = [...new Set(ids)].slice(0, 1000);
  if (wanted.length === 0) return [];
  const rows = await db
    .select({
      id: practices.id,
      title: practices.title,
      summary: practices.summary,
      slug: practices.slug,
      status: practices.status,
    })
    .from(practices)
    .where(sql`${practices.id} = any(${sql.param(wanted)}::int[])`)
    .orderBy(asc(practices.id));
  return rows.map((r) => ({ id: r.id, title: r.title ?? derivedTitle(r.summary), slug: r.slug, status: r.status }));
}

export type BulkOperation =
  | { kind: "addTopic"; topicId: number }
  | { kind: "removeTopic"; topicId: number }
  | { kind: "setStatus"; status: (typeof editableStatuses)[number] };

/**
 * Applies one change to many practices at once (bulk actions of the practices table). Each changed
 * practice gets its version bumped, the field curated and its own audit event. Merged ones are skipped.
 */
export async function bulkUpdatePractices(
  db: Db,
  params: { ids: number[]; operation: BulkOperation; actorId: number },
): Promise<{ changed: number }> {
  const ids = [...new Set(params.ids)].sort((a, b) => a - b);
  return db.transaction(async (tx) => {
    const op = params.operation;
    if (op.kind !== "setStatus") await assertReferences(tx, { topics: [op.topicId] });
    let changed = 0;
    for (const id of ids) {
      const state = await readState(tx, id, { lock: true });
      if (!state || state.status === "merged") continue;
      const changes: Partial<PracticeSnapshot> =
        op.kind === "setStatus"
          ? { status: op.status }
          : {
              topics:
                op.kind === "addTopic"
                  ? [...new Set([...state.topics, op.topicId])]
                  : state.topics.filter((t) => t !== op.topicId),
            };
      const fields = changedFields(state, changes);
      if (fields.length === 0) continue;
      // The whole bulk action is refused (one transaction), naming the rule, rather than half done.
      assertPublishable(state, changes);
      const version = await writeChanges(tx, state, changes, { actorId: params.actorId, curate: true });
      await recordAudit(tx, {
        userId: params.actorId,
        action: "practice.update",
        subjectType: "practice",
        subjectId: id,
        before: { version: state.version, ...pick(snapshotOf(state), fields) },
        after: { version, ...pick(changes, fields) },
        note: "Bulk action",
      });
      changed++;
    }
    return { changed };
  });
}
