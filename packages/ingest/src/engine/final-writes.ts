import { sql } from "drizzle-orm";
import type { FileCounts } from "./counts";
import type { PlannedCandidate } from "./candidates";
import type { Executor } from "./executor";
import type { Group } from "./grouper";
import type { Lookups } from "./lookups";
import type { Changes, Conflict } from "./match";
import type { ExistingPractice } from "./lookups";
import { CANDIDATE_METHOD } from "./thresholds";
import { StaleSnapshotError, topicArray, type WriteOptions } from "./writer";

/**
 * Updates practices edited upstream (or whose topics changed), in one statement, with the version
 * read: a practice an editor saved meanwhile makes the import start over. Topic rows follow in one
 * statement, so the topic_ids triggers find nothing to rewrite. Each update gets its revision.
 */
export async function updatePractices(
  db: Executor,
  updates: Array<{ group: Group; practice: ExistingPractice; changes: Changes }>,
  lookups: Lookups,
  batchOfFile: (file: number) => number,
  options: WriteOptions,
  topicName: (id: number) => string,
): Promise<void> {
  if (updates.length === 0) return;
  const topics = updates.map((u) => (u.changes.topicKeys ? topicArray(u.changes.topicKeys, lookups) : null));
  const rows = await db.execute<{ id: number }>(sql`
    update practices p set
      summary = coalesce(v.summary, p.summary),
      fingerprint = coalesce(v.fingerprint, p.fingerprint),
      title = coalesce(v.title, p.title),
      award_distinction = coalesce(v.distinction::award_distinction, p.award_distinction),
      topic_ids = coalesce(v.topic_ids::int[], p.topic_ids),
      version = p.version + 1,
      updated_at = now()
    from unnest(${sql.param(updates.map((u) => u.practice.id))}::int[], ${sql.param(updates.map((u) => u.practice.version))}::int[],
      ${sql.param(updates.map((u) => u.changes.summary ?? null))}::text[], ${sql.param(updates.map((u) => u.changes.fingerprint ?? null))}::text[],
      ${sql.param(updates.map((u) => u.changes.title ?? null))}::text[], ${sql.param(updates.map((u) => u.changes.awardDistinction ?? null))}::text[],
      ${sql.param(topics)}::text[])
      as v(id, version, summary, fingerprint, title, distinction, topic_ids)
    where p.id = v.id and p.version = v.version
    returning p.id`);
  if (rows.length !== updates.length)
    throw new StaleSnapshotError("A practice changed while the import was being planned.");

  const withTopics = updates.flatMap((u) =>
    u.changes.topicKeys ? u.changes.topicKeys.map((key) => [u.practice.id, lookups.topicByKey.get(key)!] as const) : [],
  );
  if (withTopics.length > 0) {
    await db.execute(sql`
      with wanted as (
        select * from unnest(${sql.param(withTopics.map((p) => p[0]))}::int[], ${sql.param(withTopics.map((p) => p[1]))}::int[]) as w(practice_id, topic_id)),
      removed as (
        delete from practice_topics pt where pt.practice_id in (select practice_id from wanted)
          and not exists (select 1 from wanted w where w.practice_id = pt.practice_id and w.topic_id = pt.topic_id))
      insert into practice_topics (practice_id, topic_id) select practice_id, topic_id from wanted on conflict do nothing`);
  }

  // The revision: the changed fields before and after, by this batch.
  const revisions = updates.map((u, i) => {
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const { changes, practice } = u;
    if (changes.summary !== undefined) [before.summary, after.summary] = [practice.summary, changes.summary];
    if (changes.fingerprint !== undefined)
      [before.fingerprint, after.fingerprint] = [practice.fingerprint, changes.fingerprint];
    if (changes.title !== undefined) [before.title, after.title] = [practice.title, changes.title];
    if (changes.awardDistinction !== undefined)
      [before.awardDistinction, after.awardDistinction] = [practice.awardDistinction, changes.awardDistinction];
    if (topics[i]) {
      before.topics = practice.topicIds.map(topicName);
      after.topics = topics[i]!.slice(1, -1)
        .split(",")
        .map((id) => topicName(Number(id)));
    }
    return { before, after };
  });
  await db.execute(sql`
    insert into audit_events (user_id, batch_id, action, subject_type, subject_id, before, after)
    select ${options.userId}::int, v.batch, 'practice.update', 'practice', v.id, v.before::jsonb, v.after::jsonb
    from unnest(${sql.param(updates.map((u) => batchOfFile(u.group.rep.file)))}::int[], ${sql.param(updates.map((u) => u.practice.id))}::int[],
      ${sql.param(revisions.map((r) => JSON.stringify(r.before)))}::text[], ${sql.param(revisions.map((r) => JSON.stringify(r.after)))}::text[])
      as v(batch, id, before, after)`);
}

/** Topics that repeats read after a new practice was inserted: added to it (rare). */
export async function addLateTopics(db: Executor, groups: Group[], lookups: Lookups): Promise<void> {
  if (groups.length === 0) return;
  await db.execute(sql`
    update practices p set topic_ids = v.topic_ids::int[]
    from unnest(${sql.param(groups.map((g) => g.practiceId!))}::int[], ${sql.param(groups.map((g) => topicArray(g.topics.keys(), lookups)))}::text[]) as v(id, topic_ids)
    where p.id = v.id`);
  const pairs = groups.flatMap((g) =>
    [...g.topics.keys()].map((key) => [g.practiceId!, lookups.topicByKey.get(key)!] as const),
  );
  await db.execute(sql`
    insert into practice_topics (practice_id, topic_id)
    select * from unnest(${sql.param(pairs.map((p) => p[0]))}::int[], ${sql.param(pairs.map((p) => p[1]))}::int[])
    on conflict do nothing`);
}

export async function insertCandidates(
  db: Executor,
  candidates: PlannedCandidate[],
  batchOfFile: (file: number) => number,
): Promise<void> {
  if (candidates.length === 0) return;
  const id = (side: PlannedCandidate["a"]) => side.practice?.id ?? side.group!.practiceId!;
  await db.execute(sql`
    insert into duplicate_candidates (practice_a_id, practice_b_id, score, method, batch_id)
    select least(v.a, v.b), greatest(v.a, v.b), v.score, ${CANDIDATE_METHOD}, v.batch
    from unnest(${sql.param(candidates.map((c) => id(c.a)))}::int[], ${sql.param(candidates.map((c) => id(c.b)))}::int[],
      ${sql.param(candidates.map((c) => c.score))}::real[], ${sql.param(candidates.map((c) => batchOfFile(c.group.rep.file)))}::int[])
      as v(a, b, score, batch)
    on conflict (practice_a_id, practice_b_id) do nothing`);
}

/** Conflicts with curated fields; an open conflict with the same imported value is not opened twice. */
export async function insertConflicts(
  db: Executor,
  conflicts: Conflict[],
  batchOfFile: (file: number) => number,
): Promise<void> {
  if (conflicts.length === 0) return;
  await db.execute(sql`
    insert into import_conflicts (batch_id, practice_id, field, current_value, imported_value)
    select v.batch, v.practice, v.field, v.current::jsonb, v.imported::jsonb
    from unnest(${sql.param(conflicts.map((c) => batchOfFile(c.group.rep.file)))}::int[],
      ${sql.param(conflicts.map((c) => c.practice.id))}::int[], ${sql.param(conflicts.map((c) => c.field))}::text[],
      ${sql.param(conflicts.map((c) => JSON.stringify(c.current ?? null)))}::text[],
      ${sql.param(conflicts.map((c) => JSON.stringify(c.imported ?? null)))}::text[]) as v(batch, practice, field, current, imported)
    where not exists (select 1 from import_conflicts c where c.practice_id = v.practice and c.field = v.field
      and c.status = 'open' and c.imported_value = v.imported::jsonb)`);
}

/** Each batch gets its sha256, counts, finish time and an audit event. */
export async function finishBatches(
  db: Executor,
  batches: Array<{ id: number; sha256: string; counts: FileCounts }>,
  options: WriteOptions,
): Promise<void> {
  const c = batches.map((b) => b.counts);
  await db.execute(sql`
    update import_batches b set sha256 = v.sha256, records = v.records, duplicates_in_file = v.duplicates, added = v.added,
      updated = v.updated, unchanged = v.unchanged, candidates = v.candidates, conflicts = v.conflicts, finished_at = now()
    from unnest(${sql.param(batches.map((b) => b.id))}::int[], ${sql.param(batches.map((b) => b.sha256))}::text[],
      ${sql.param(c.map((x) => x.records))}::int[], ${sql.param(c.map((x) => x.duplicatesInFile))}::int[], ${sql.param(c.map((x) => x.added))}::int[],
      ${sql.param(c.map((x) => x.updated))}::int[], ${sql.param(c.map((x) => x.unchanged))}::int[], ${sql.param(c.map((x) => x.candidates))}::int[],
      ${sql.param(c.map((x) => x.conflicts))}::int[]) as v(id, sha256, records, duplicates, added, updated, unchanged, candidates, conflicts)
    where b.id = v.id`);
  await db.execute(sql`
    insert into audit_events (user_id, batch_id, action, subject_type, subject_id, after)
    select ${options.userId}::int, v.id, 'import.apply', 'import_batch', v.id, v.counts::jsonb
    from unnest(${sql.param(batches.map((b) => b.id))}::int[], ${sql.param(c.map((x) => JSON.stringify(x)))}::text[]) as v(id, counts)`);
}
