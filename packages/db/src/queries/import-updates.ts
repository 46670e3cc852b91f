// The end of an import: practices edited upstream, the pairs it proposes and the conflicts with
// curated fields, each in one statement over arrays.
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { intArray } from "./import-writes";

/** The fields an import writes to an existing practice; absent (null) fields stay as they are. */
export interface ImportedUpdate {
  id: number;
  /** The version the import read: a practice saved meanwhile is not updated. */
  version: number;
  summary: string | null;
  fingerprint: string | null;
  title: string | null;
  awardDistinction: string | null;
  topicIds: number[] | null;
}

/**
 * Updates practices with the version read, bumping it; returns how many were updated (fewer than
 * asked means an editor saved one meanwhile, and the caller starts over).
 */
export async function updateImportedPractices(db: Db, updates: ImportedUpdate[]): Promise<number> {
  if (updates.length === 0) return 0;
  const topics = updates.map((u) => (u.topicIds ? intArray(u.topicIds) : null));
  const rows = await db.execute<{ id: number }>(sql`
    update practices p set
      summary = coalesce(v.summary, p.summary),
      fingerprint = coalesce(v.fingerprint, p.fingerprint),
      title = coalesce(v.title, p.title),
      award_distinction = coalesce(v.distinction::award_distinction, p.award_distinction),
      topic_ids = coalesce(v.topic_ids::int[], p.topic_ids),
      version = p.version + 1,
      updated_at = now()
    from unnest(${sql.param(updates.map((u) => u.id))}::int[], ${sql.param(updates.map((u) => u.version))}::int[],
      ${sql.param(updates.map((u) => u.summary))}::text[], ${sql.param(updates.map((u) => u.fingerprint))}::text[],
      ${sql.param(updates.map((u) => u.title))}::text[], ${sql.param(updates.map((u) => u.awardDistinction))}::text[],
      ${sql.param(topics)}::text[])
      as v(id, version, summary, fingerprint, title, distinction, topic_ids)
    where p.id = v.id and p.version = v.version
    returning p.id`);
  return rows.length;
}

/** Opens duplicate candidates (a < b is ensured here); a pair already recorded is left as it is. */
export async function openDuplicateCandidates(
  db: Db,
  pairs: Array<{ a: number; b: number; score: number; method: string; batchId: number | null }>,
): Promise<void> {
  if (pairs.length === 0) return;
  await db.execute(sql`
    insert into duplicate_candidates (practice_a_id, practice_b_id, score, method, batch_id)
    select least(v.a, v.b), greatest(v.a, v.b), v.score, v.method, v.batch
    from unnest(${sql.param(pairs.map((p) => p.a))}::int[], ${sql.param(pairs.map((p) => p.b))}::int[],
      ${sql.param(pairs.map((p) => p.score))}::real[], ${sql.param(pairs.map((p) => p.method))}::text[],
      ${sql.param(pairs.map((p) => p.batchId))}::int[])
      as v(a, b, score, method, batch)
    on conflict (practice_a_id, practice_b_id) do nothing`);
}

/** Which of these pairs editors have seen already (any status), as "low|high" keys. */
export async function knownCandidatePairs(db: Db, pairs: Array<[number, number]>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const low = pairs.map(([a, b]) => Math.min(a, b));
  const high = pairs.map(([a, b]) => Math.max(a, b));
  const rows = await db.execute<{ a: number; b: number }>(sql`
    select d.practice_a_id as a, d.practice_b_id as b from duplicate_candidates d
    join unnest(${sql.param(low)}::int[], ${sql.param(high)}::int[]) as v(a, b) on d.practice_a_id = v.a and d.practice_b_id = v.b`);
  return new Set(rows.map((r) => `${r.a}|${r.b}`));
}

/** Conflicts with curated fields; an open conflict with the same imported value is not opened twice. */
export async function openImportConflicts(
  db: Db,
  conflicts: Array<{ batchId: number; practiceId: number; field: string; current: unknown; imported: unknown }>,
): Promise<void> {
  if (conflicts.length === 0) return;
  await db.execute(sql`
    insert into import_conflicts (batch_id, practice_id, field, current_value, imported_value)
    select v.batch, v.practice, v.field, v.current::jsonb, v.imported::jsonb
    from unnest(${sql.param(conflicts.map((c) => c.batchId))}::int[],
      ${sql.param(conflicts.map((c) => c.practiceId))}::int[], ${sql.param(conflicts.map((c) => c.field))}::text[],
      ${sql.param(conflicts.map((c) => JSON.stringify(c.current ?? null)))}::text[],
      ${sql.param(conflicts.map((c) => JSON.stringify(c.imported ?? null)))}::text[]) as v(batch, practice, field, current, imported)
    where not exists (select 1 from import_conflicts c where c.practice_id = v.practice and c.field = v.field
      and c.status = 'open' and c.imported_value = v.imported::jsonb)`);
}
