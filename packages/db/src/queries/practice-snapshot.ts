import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { AwardDistinction } from "../domain";
import { type CuratableField, curatableFields, institutions, practices, practiceTopics, topics } from "../schema";

export type PracticeStatus = (typeof practices.status.enumValues)[number];
/** The statuses an editor sets directly; "merged" only comes from merging. */
export const editableStatuses = ["published", "draft", "withdrawn"] as const satisfies readonly PracticeStatus[];

/**
 * The curatable state of a practice: what editors edit, what history records (before/after hold the
 * changed fields of it, plus `version`), and what a revert restores. Topics are sorted topic ids.
 */
export interface PracticeSnapshot {
  title: string | null;
  summary: string;
  institutionId: number;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: AwardDistinction | null;
  language: string | null;
  status: PracticeStatus;
  topics: number[];
}

export interface PracticeState extends PracticeSnapshot {
  id: number;
  slug: string;
  version: number;
  curatedFields: string[];
  mergedIntoId: number | null;
  fingerprint: string;
}

export class CurationError extends Error {}

/** The practice's current state; `lock` takes a row lock for the rest of the transaction. */
export async function readState(db: Db, id: number, options: { lock?: boolean } = {}): Promise<PracticeState | null> {
  const query = db
    .select({
      id: practices.id,
      slug: practices.slug,
      version: practices.version,
      curatedFields: practices.curatedFields,
      mergedIntoId: practices.mergedIntoId,
      fingerprint: practices.fingerprint,
      title: practices.title,
      summary: practices.summary,
      institutionId: practices.institutionId,
      implementationYear: practices.implementationYear,
      awardYear: practices.awardYear,
      awardDistinction: practices.awardDistinction,
      language: practices.language,
      status: practices.status,
      topics: practices.topicIds,
    })
    .from(practices)
    .where(eq(practices.id, id));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) return null;
  return { ...row, topics: [...row.topics].sort((a, b) => a - b) };
}

export function snapshotOf(state: PracticeSnapshot): PracticeSnapshot {
  const { title, summary, institutionId, implementationYear, awardYear, awardDistinction, language, status, topics } =
    state;
  return { title, summary, institutionId, implementationYear, awardYear, awardDistinction, language, status, topics };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** The fields of `next` that differ from `base` (only the keys `next` has). */
export function changedFields(base: PracticeSnapshot, next: Partial<PracticeSnapshot>): CuratableField[] {
  return curatableFields.filter((field) => field in next && !sameValue(base[field], next[field]));
}

export function pick(
  snapshot: Partial<PracticeSnapshot>,
  fields: readonly CuratableField[],
): Partial<PracticeSnapshot> {
  return Object.fromEntries(
    fields.filter((f) => f in snapshot).map((f) => [f, snapshot[f]]),
  ) as Partial<PracticeSnapshot>;
}

/**
 * Writes changed fields to a practice (which the caller has locked), bumps its version, and marks
 * the fields curated when an editor made them (editors win: imports never overwrite curated fields).
 * Returns the new version. Does not write the audit event; callers do, with their own action.
 */
export async function writeChanges(
  tx: Db,
  state: PracticeState,
  changes: Partial<PracticeSnapshot>,
  options: { actorId: number | null; curate: boolean },
): Promise<number> {
  const fields = changedFields(state, changes);
  const { topics, ...columns } = pick(changes, fields);
  const curated = options.curate ? [...new Set([...state.curatedFields, ...fields])].sort() : state.curatedFields;
  if (topics) {
    const sorted = [...new Set(topics)].sort((a, b) => a - b);
    const removed = state.topics.filter((t) => !sorted.includes(t));
    const added = sorted.filter((t) => !state.topics.includes(t));
    if (removed.length)
      await tx
        .delete(practiceTopics)
        .where(and(eq(practiceTopics.practiceId, state.id), inArray(practiceTopics.topicId, removed)));
    if (added.length)
      await tx
        .insert(practiceTopics)
        .values(added.map((topicId) => ({ practiceId: state.id, topicId })))
        .onConflictDoNothing();
  }
  const [row] = await tx
    .update(practices)
    .set({
      ...columns,
      version: sql`${practices.version} + 1`,
      updatedAt: new Date(),
      ...(options.curate && fields.length
        ? { curatedFields: curated, curatedAt: new Date(), curatedById: options.actorId }
        : {}),
    })
    .where(eq(practices.id, state.id))
    .returning({ version: practices.version });
  return row!.version;
}

/** Friendly errors for ids that do not exist (rather than a foreign-key failure). */
export async function assertReferences(tx: Db, changes: Partial<PracticeSnapshot>): Promise<void> {
  if (changes.institutionId !== undefined) {
    const [row] = await tx
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.id, changes.institutionId));
    if (!row) throw new CurationError("The chosen institution does not exist.");
  }
  if (changes.topics?.length) {
    const [row] = await tx
      .select({ n: count() })
      .from(topics)
      .where(sql`${topics.id} = any(${sql.param([...new Set(changes.topics)])}::int[])`);
    if ((row?.n ?? 0) !== new Set(changes.topics).size)
      throw new CurationError("One of the chosen topics no longer exists.");
  }
}

/**
 * Publishing needs a topic: a draft goes public only with at least one, so it never lands straight in
 * the "Without topics" queue. A practice already published without topics (imports have some) stays
 * editable, and imports do not come this way.
 */
export function assertPublishable(state: { status: string; topics: number[] }, changes: Partial<PracticeSnapshot>) {
  if (state.status === "draft" && changes.status === "published" && (changes.topics ?? state.topics).length === 0)
    throw new CurationError(publishNeedsTopic);
}

export const publishNeedsTopic = "A practice is published with at least one topic: choose its topics first.";
