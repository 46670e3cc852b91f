import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { derivedTitle } from "../text";
import { recordAudit } from "./audit";
import { CurationError, readState, writeChanges, type PracticeSnapshot } from "./practice-snapshot";

export type DashboardCounts = {
  published: number;
  draft: number;
  withdrawn: number;
  merged: number;
  institutions: number;
  topics: number;
  openCandidates: number;
  untitled: number;
  untagged: number;
  openConflicts: number;
  imports: number;
};

/** The figures of the dashboard, in one round trip. */
export async function dashboardCounts(db: Db): Promise<DashboardCounts> {
  const [row] = await db.execute<DashboardCounts>(sql`
    select
      count(*) filter (where status = 'published')::int as published,
      count(*) filter (where status = 'draft')::int as draft,
      count(*) filter (where status = 'withdrawn')::int as withdrawn,
      count(*) filter (where status = 'merged')::int as merged,
      count(*) filter (where status <> 'merged' and title is null)::int as untitled,
      count(*) filter (where status <> 'merged' and cardinality(topic_ids) = 0)::int as untagged,
      (select count(*)::int from institutions) as institutions,
      (select count(*)::int from topics) as topics,
      (select count(*)::int from duplicate_candidates c join practices a on a.id = c.practice_a_id join practices b on b.id = c.practice_b_id
        where c.status = 'open' and a.status <> 'merged' and b.status <> 'merged') as "openCandidates",
      (select count(*)::int from import_conflicts where status = 'open') as "openConflicts",
      (select count(*)::int from import_batches) as imports
    from practices`);
  return row!;
}

export interface QueueItem {
  id: number;
  title: string;
  institution: string;
}

/** The first practices of a queue: without a title, or without topics. */
export async function practiceQueue(
  db: Db,
  params: { queue: "untitled" | "untagged"; limit: number },
): Promise<QueueItem[]> {
  const condition = params.queue === "untitled" ? sql`p.title is null` : sql`cardinality(p.topic_ids) = 0`;
  const rows = await db.execute<{ id: number; title: string | null; summary: string; institution: string }>(sql`
    select p.id, p.title, left(p.summary, 300) as summary, i.name as institution
    from practices p join institutions i on i.id = p.institution_id
    where p.status <> 'merged' and ${condition}
    order by p.updated_at desc, p.id limit ${params.limit}`);
  return rows.map((r) => ({ id: r.id, title: r.title ?? derivedTitle(r.summary), institution: r.institution }));
}

export interface ConflictRow {
  id: number;
  practiceId: number;
  practiceTitle: string;
  field: string;
  currentValue: unknown;
  importedValue: unknown;
  fileName: string;
  createdAt: Date;
}

/** Open import conflicts: imported values that differ from curated ones, oldest first. */
export async function listOpenConflicts(db: Db, params: { limit: number; offset?: number }): Promise<ConflictRow[]> {
  const rows = await db.execute<{
    id: number;
    practice_id: number;
    title: string | null;
    summary: string;
    field: string;
    current_value: unknown;
    imported_value: unknown;
    file_name: string;
    created_at: string;
  }>(sql`
    select c.id, c.practice_id, p.title, left(p.summary, 300) as summary, c.field, c.current_value, c.imported_value, b.file_name, c.created_at
    from import_conflicts c join practices p on p.id = c.practice_id join import_batches b on b.id = c.batch_id
    where c.status = 'open'
    order by c.created_at, c.id limit ${params.limit} offset ${params.offset ?? 0}`);
  return rows.map((r) => ({
    id: r.id,
    practiceId: r.practice_id,
    practiceTitle: r.title ?? derivedTitle(r.summary),
    field: r.field,
    currentValue: r.current_value,
    importedValue: r.imported_value,
    fileName: r.file_name,
    createdAt: new Date(r.created_at),
  }));
}

/**
 * Closes an import conflict: "keep" leaves the curated value; "take" writes the imported value
 * (when it is a plain field the editor can set) as a new, curated version of the practice.
 */
export async function resolveConflict(
  db: Db,
  params: { id: number; take: "keep" | "imported"; actorId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [conflict] = await tx.execute<{
      practice_id: number;
      field: string;
      imported_value: unknown;
      current_value: unknown;
    }>(sql`
      select practice_id, field, imported_value, current_value from import_conflicts where id = ${params.id} and status = 'open' for update`);
    if (!conflict) throw new CurationError("This conflict is already resolved.");
    if (params.take === "imported") {
      const settable = ["title", "summary", "implementationYear", "awardYear", "awardDistinction", "language"];
      if (!settable.includes(conflict.field))
        throw new CurationError(`The imported ${conflict.field} cannot be taken over here; edit the practice instead.`);
      const state = await readState(tx, conflict.practice_id, { lock: true });
      if (!state || state.status === "merged") throw new CurationError("This practice can no longer be edited here.");
      const field = conflict.field as keyof PracticeSnapshot;
      const version = await writeChanges(tx, state, { [field]: conflict.imported_value } as Partial<PracticeSnapshot>, {
        actorId: params.actorId,
        curate: true,
      });
      await recordAudit(tx, {
        userId: params.actorId,
        action: "practice.update",
        subjectType: "practice",
        subjectId: state.id,
        before: { version: state.version, [field]: state[field] },
        after: { version, [field]: conflict.imported_value },
        note: `Took the imported value (conflict ${params.id}).`,
      });
    }
    await tx.execute(
      sql`update import_conflicts set status = 'resolved', resolved_by_id = ${params.actorId}, resolved_at = now() where id = ${params.id}`,
    );
    await recordAudit(tx, {
      userId: params.actorId,
      action: "conflict.resolve",
      subjectType: "conflict",
      subjectId: params.id,
      before: { current: conflict.current_value, imported: conflict.imported_value },
      after: {
        kept: params.take === "keep" ? "curated" : "imported",
        field: conflict.field,
        practiceId: conflict.practice_id,
      },
    });
  });
}
