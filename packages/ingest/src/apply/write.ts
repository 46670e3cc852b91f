import type { Db } from "@gp/db";
import { addSearchTerms } from "@gp/db/queries/search-terms";
import { derivedTitle } from "@gp/db/text";
import { sql } from "drizzle-orm";
import type { Decision } from "../match/decide";
import type { Changes } from "../match/match";
import { type ExistingPractice, survivor } from "../match/snapshot";
import { CANDIDATE_METHOD } from "../match/thresholds";
import { countsByFile } from "./counts";
import { institutionSlugChoices, practiceSlugChoices, topicSlugChoices, uniqueSlugs } from "./slugs";

export interface WriteOptions {
  actor: string;
  userId: number | null;
  /** Reports rows written so far out of the total, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface Written {
  batchIds: number[];
  practiceIdOfGroup: (group: number) => number | null;
}

/** A practice changed between reading and writing (an editor saved it): the import starts over. */
export class StaleSnapshotError extends Error {}

/** Rows per statement of a bulk insert: big enough for few round trips, small enough to stream. */
const CHUNK = 2000;

/**
 * Writes a decision inside the caller's transaction: batches, new topics and institutions, new
 * practices (with topic_ids, so their search document is computed once), updates with revisions,
 * provenance, candidates, conflicts and the search vocabulary. Bulk statements, no per-row queries.
 */
export async function writeDecision(tx: Db, decision: Decision, options: WriteOptions): Promise<Written> {
  const snapshot = decision.snapshot!;
  const { groups, actions } = decision;
  const total = decision.records.length * 2;
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    options.onProgress?.(done, total);
  };

  const counts = countsByFile(decision);
  const batchRows = await tx.execute<{ id: number }>(sql`
    insert into import_batches (file_name, sha256, format, records, duplicates_in_file, added, updated, unchanged, candidates, conflicts, created_by_id, actor)
    select v.file_name, v.sha256, v.format::import_format, v.records, v.duplicates, v.added, v.updated, v.unchanged, v.candidates, v.conflicts, ${options.userId}::int, ${options.actor}
    from unnest(${sql.param(decision.files.map((f) => f.name))}::text[], ${sql.param(decision.files.map((f) => f.sha256))}::text[],
      ${sql.param(decision.files.map((f) => f.format))}::text[], ${sql.param(counts.map((c) => c.records))}::int[],
      ${sql.param(counts.map((c) => c.duplicatesInFile))}::int[], ${sql.param(counts.map((c) => c.added))}::int[],
      ${sql.param(counts.map((c) => c.updated))}::int[], ${sql.param(counts.map((c) => c.unchanged))}::int[],
      ${sql.param(counts.map((c) => c.candidates))}::int[], ${sql.param(counts.map((c) => c.conflicts))}::int[])
      with ordinality as v(file_name, sha256, format, records, duplicates, added, updated, unchanged, candidates, conflicts, n)
    order by v.n
    returning id`);
  const batchIds = batchRows.map((r) => r.id).sort((a, b) => a - b);
  const batchOfFile = (file: number) => batchIds[file]!;

  const topicIdByKey = await createTopics(tx, decision, snapshot.topicByKey);
  const institutionIdByKey = await createInstitutions(tx, decision, snapshot.institutionByKey);
  const practiceIdOfGroup = await insertPractices(tx, decision, topicIdByKey, institutionIdByKey, progress);
  await updatePractices(tx, decision, topicIdByKey, options, batchIds);
  await insertSources(tx, decision, practiceIdOfGroup, batchOfFile, progress);

  const side = (s: { practiceId?: number; group?: number }) => s.practiceId ?? practiceIdOfGroup(s.group!)!;
  const pairs = decision.candidates.map((c) => ({ a: side(c.a), b: side(c.b), score: c.score, batch: batchOfFile(groups[c.group]!.members[0]!.file) }));
  if (pairs.length > 0) {
    await tx.execute(sql`
      insert into duplicate_candidates (practice_a_id, practice_b_id, score, method, batch_id)
      select least(v.a, v.b), greatest(v.a, v.b), v.score, ${CANDIDATE_METHOD}, v.batch
      from unnest(${sql.param(pairs.map((p) => p.a))}::int[], ${sql.param(pairs.map((p) => p.b))}::int[],
        ${sql.param(pairs.map((p) => p.score))}::real[], ${sql.param(pairs.map((p) => p.batch))}::int[]) as v(a, b, score, batch)
      on conflict (practice_a_id, practice_b_id) do nothing`);
  }

  const conflicts = decision.conflicts;
  if (conflicts.length > 0) {
    // An open conflict with the same imported value is not opened twice.
    await tx.execute(sql`
      insert into import_conflicts (batch_id, practice_id, field, current_value, imported_value)
      select v.batch, v.practice, v.field, v.current::jsonb, v.imported::jsonb
      from unnest(${sql.param(conflicts.map((c) => batchOfFile(groups[c.group]!.members[0]!.file)))}::int[],
        ${sql.param(conflicts.map((c) => c.practice.id))}::int[], ${sql.param(conflicts.map((c) => c.field))}::text[],
        ${sql.param(conflicts.map((c) => JSON.stringify(c.current ?? null)))}::text[],
        ${sql.param(conflicts.map((c) => JSON.stringify(c.imported ?? null)))}::text[]) as v(batch, practice, field, current, imported)
      where not exists (select 1 from import_conflicts c where c.practice_id = v.practice and c.field = v.field
        and c.status = 'open' and c.imported_value = v.imported::jsonb)`);
  }

  const texts: string[] = [];
  groups.forEach((group, i) => {
    const action = actions[i]!;
    const record = group.members[0]!.record;
    if (action.kind === "add") texts.push(`${record.title ?? ""} ${record.summary}`);
    if (action.kind === "update") texts.push(`${action.changes.title ?? action.practice.title ?? ""} ${action.changes.summary ?? action.practice.summary}`);
  });
  await addSearchTerms(tx, texts);

  await tx.execute(sql`
    insert into audit_events (user_id, batch_id, action, subject_type, subject_id, after)
    select ${options.userId}::int, v.id, 'import.apply', 'import_batch', v.id, v.counts::jsonb
    from unnest(${sql.param(batchIds)}::int[], ${sql.param(counts.map((c) => JSON.stringify(c)))}::text[]) as v(id, counts)`);
  await tx.execute(sql`update import_batches set finished_at = now() where id = any(${sql.param(batchIds)}::int[])`);
  return { batchIds, practiceIdOfGroup };
}

async function createTopics(tx: Db, decision: Decision, existing: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map(existing);
  const pending = [...decision.newTopics];
  const slugs = await uniqueSlugs(tx, "topics", pending.map((t) => topicSlugChoices(t.label)));
  const slugOf = new Map(pending.map((t, i) => [t.key, slugs[i]!]));
  // Level by level: a topic goes in once its parent has an id.
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.parentKey === null || ids.has(t.parentKey));
    if (ready.length === 0) throw new Error("New topics form a cycle.");
    const rows = await tx.execute<{ id: number; key: string }>(sql`
      with created as (
        insert into topics (name, slug, parent_id)
        select v.name, v.slug, v.parent from unnest(${sql.param(ready.map((t) => t.label))}::text[],
          ${sql.param(ready.map((t) => slugOf.get(t.key)!))}::text[],
          ${sql.param(ready.map((t) => (t.parentKey === null ? null : ids.get(t.parentKey)!)))}::int[]) as v(name, slug, parent)
        returning id, name)
      insert into topic_aliases (topic_id, alias, key)
      select c.id, v.name, v.key from created c
      join unnest(${sql.param(ready.map((t) => t.label))}::text[], ${sql.param(ready.map((t) => t.key))}::text[]) as v(name, key) on v.name = c.name
      returning topic_id as id, key`);
    for (const row of rows) ids.set(row.key, row.id);
    for (const topic of ready) pending.splice(pending.indexOf(topic), 1);
  }
  return ids;
}

async function createInstitutions(tx: Db, decision: Decision, existing: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map(existing);
  const created = decision.newInstitutions;
  if (created.length === 0) return ids;
  const slugs = await uniqueSlugs(tx, "institutions", created.map((i) => institutionSlugChoices(i.name, i.countryCode)));
  const rows = await tx.execute<{ id: number; countryId: number; matchKey: string }>(sql`
    insert into institutions (name, slug, country_id, match_key)
    select * from unnest(${sql.param(created.map((i) => i.name))}::text[], ${sql.param(slugs)}::text[],
      ${sql.param(created.map((i) => i.countryId))}::int[], ${sql.param(created.map((i) => i.key))}::text[])
    returning id, country_id as "countryId", match_key as "matchKey"`);
  for (const row of rows) ids.set(`${row.countryId}|${row.matchKey}`, row.id);
  return ids;
}

function topicIdsOf(keys: Iterable<string>, topicIdByKey: Map<string, number>): number[] {
  return [...new Set([...keys].map((key) => topicIdByKey.get(key)!))].sort((a, b) => a - b);
}

async function insertPractices(
  tx: Db,
  decision: Decision,
  topicIdByKey: Map<string, number>,
  institutionIdByKey: Map<string, number>,
  progress: (rows: number) => void,
): Promise<(group: number) => number | null> {
  const added = decision.groups.filter((_, i) => decision.actions[i]!.kind === "add");
  const slugs = await uniqueSlugs(
    tx,
    "practices",
    added.map((g) => practiceSlugChoices(g.members[0]!.record.title ?? derivedTitle(g.members[0]!.record.summary), g.fingerprints[0]!)),
  );
  const idByGroup = new Map<number, number>();
  for (let from = 0; from < added.length; from += CHUNK) {
    const chunk = added.slice(from, from + CHUNK);
    const records = chunk.map((g) => g.members[0]!);
    const topicIds = chunk.map((g) => topicIdsOf(g.topics.keys(), topicIdByKey));
    const rows = await tx.execute<{ id: number; fingerprint: string }>(sql`
      insert into practices (slug, title, summary, institution_id, implementation_year, award_year, award_distinction, fingerprint, topic_ids, status)
      select v.slug, v.title, v.summary, v.institution, v.implementation_year, v.award_year, v.distinction::award_distinction,
        v.fingerprint, v.topic_ids::int[], 'published'
      from unnest(${sql.param(slugs.slice(from, from + CHUNK))}::text[], ${sql.param(records.map((r) => r.record.title))}::text[],
        ${sql.param(records.map((r) => r.record.summary))}::text[],
        ${sql.param(records.map((r) => institutionIdByKey.get(`${r.country.id}|${r.institutionKey}`)!))}::int[],
        ${sql.param(records.map((r) => r.record.implementationYear))}::int[], ${sql.param(records.map((r) => r.record.awardYear))}::int[],
        ${sql.param(records.map((r) => r.record.awardDistinction))}::text[], ${sql.param(chunk.map((g) => g.fingerprints[0]!))}::text[],
        ${sql.param(topicIds.map((ids) => `{${ids.join(",")}}`))}::text[])
        as v(slug, title, summary, institution, implementation_year, award_year, distinction, fingerprint, topic_ids)
      returning id, fingerprint`);
    const idByFingerprint = new Map(rows.map((r) => [r.fingerprint, r.id]));
    const practiceIds: number[] = [];
    const topicColumn: number[] = [];
    chunk.forEach((g, i) => {
      const id = idByFingerprint.get(g.fingerprints[0]!)!;
      idByGroup.set(g.index, id);
      for (const topicId of topicIds[i]!) {
        practiceIds.push(id);
        topicColumn.push(topicId);
      }
    });
    if (practiceIds.length > 0) {
      await tx.execute(sql`
        insert into practice_topics (practice_id, topic_id)
        select * from unnest(${sql.param(practiceIds)}::int[], ${sql.param(topicColumn)}::int[])`);
    }
    progress(chunk.length);
  }
  return (group) => idByGroup.get(group) ?? null;
}

async function updatePractices(
  tx: Db,
  decision: Decision,
  topicIdByKey: Map<string, number>,
  options: WriteOptions,
  batchIds: number[],
): Promise<void> {
  const updates = decision.groups.flatMap((group, i) => {
    const action = decision.actions[i]!;
    return action.kind === "update" ? [{ group, practice: action.practice, changes: action.changes }] : [];
  });
  if (updates.length === 0) return;
  const topicIds = updates.map((u) => (u.changes.topicKeys ? topicIdsOf(u.changes.topicKeys, topicIdByKey) : null));
  const rows = await tx.execute<{ id: number }>(sql`
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
      ${sql.param(topicIds.map((ids) => (ids ? `{${ids.join(",")}}` : null)))}::text[])
      as v(id, version, summary, fingerprint, title, distinction, topic_ids)
    where p.id = v.id and p.version = v.version
    returning p.id`);
  if (rows.length !== updates.length) throw new StaleSnapshotError("A practice changed while the import was planned.");

  // Topic rows in one statement: its triggers then find topic_ids already right and rewrite nothing.
  const withTopics = updates.flatMap((u, i) => (topicIds[i] ? [{ id: u.practice.id, topics: topicIds[i]! }] : []));
  if (withTopics.length > 0) {
    const pairs = withTopics.flatMap((u) => u.topics.map((t) => [u.id, t] as const));
    await tx.execute(sql`
      with wanted as (
        select * from unnest(${sql.param(pairs.map((p) => p[0]))}::int[], ${sql.param(pairs.map((p) => p[1]))}::int[]) as w(practice_id, topic_id)),
      removed as (
        delete from practice_topics pt where pt.practice_id = any(${sql.param(withTopics.map((u) => u.id))}::int[])
          and not exists (select 1 from wanted w where w.practice_id = pt.practice_id and w.topic_id = pt.topic_id))
      insert into practice_topics (practice_id, topic_id) select practice_id, topic_id from wanted on conflict do nothing`);
  }

  // The revision: before and after of the changed fields, by this batch.
  const topicName = (id: number) => decision.snapshot!.topics.get(id)?.name ?? decision.newTopics.find((t) => topicIdByKey.get(t.key) === id)?.label ?? String(id);
  const revisions = updates.map((u, i) => revision(u.practice, u.changes, topicIds[i] ?? null, topicName));
  await tx.execute(sql`
    insert into audit_events (user_id, batch_id, action, subject_type, subject_id, before, after)
    select ${options.userId}::int, v.batch, 'practice.update', 'practice', v.id, v.before::jsonb, v.after::jsonb
    from unnest(${sql.param(updates.map((u) => batchIds[u.group.members[0]!.file]!))}::int[], ${sql.param(updates.map((u) => u.practice.id))}::int[],
      ${sql.param(revisions.map((r) => JSON.stringify(r.before)))}::text[], ${sql.param(revisions.map((r) => JSON.stringify(r.after)))}::text[])
      as v(batch, id, before, after)`);
}

function revision(
  practice: ExistingPractice,
  changes: Changes,
  topicIds: number[] | null,
  topicName: (id: number) => string,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (changes.summary !== undefined) [before.summary, after.summary] = [practice.summary, changes.summary];
  if (changes.fingerprint !== undefined) [before.fingerprint, after.fingerprint] = [practice.fingerprint, changes.fingerprint];
  if (changes.title !== undefined) [before.title, after.title] = [practice.title, changes.title];
  if (changes.awardDistinction !== undefined) [before.awardDistinction, after.awardDistinction] = [practice.awardDistinction, changes.awardDistinction];
  if (topicIds) [before.topics, after.topics] = [practice.topicIds.map(topicName), topicIds.map(topicName)];
  return { before, after };
}

/**
 * Provenance: every record of this import points at its practice (batch, line, fingerprint, record),
 * repeats included. A record already recorded for the practice by an earlier batch is not recorded
 * again, so re-importing a file adds no rows.
 */
async function insertSources(
  tx: Db,
  decision: Decision,
  practiceIdOfGroup: (group: number) => number | null,
  batchOfFile: (file: number) => number,
  progress: (rows: number) => void,
): Promise<void> {
  const snapshot = decision.snapshot!;
  const rows: Array<{ practice: number; batch: number; line: number; fingerprint: string; record: string }> = [];
  decision.groups.forEach((group, i) => {
    const action = decision.actions[i]!;
    const practiceId = action.kind === "add" ? practiceIdOfGroup(group.index)! : action.practice.id;
    for (const member of group.members) {
      const known = (snapshot.bySourceFingerprint.get(member.fingerprint) ?? []).some((id) => survivor(snapshot, id)?.id === practiceId);
      if (known) continue;
      rows.push({ practice: practiceId, batch: batchOfFile(member.file), line: member.line, fingerprint: member.fingerprint, record: JSON.stringify(member.record) });
    }
  });
  for (let from = 0; from < rows.length; from += CHUNK * 2) {
    const chunk = rows.slice(from, from + CHUNK * 2);
    await tx.execute(sql`
      insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
      select v.practice, v.batch, v.line, v.fingerprint, v.record::jsonb
      from unnest(${sql.param(chunk.map((r) => r.practice))}::int[], ${sql.param(chunk.map((r) => r.batch))}::int[],
        ${sql.param(chunk.map((r) => r.line))}::int[], ${sql.param(chunk.map((r) => r.fingerprint))}::text[],
        ${sql.param(chunk.map((r) => r.record))}::text[]) as v(practice, batch, line, fingerprint, record)`);
    progress(chunk.length);
  }
}
