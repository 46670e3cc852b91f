// The bulk writes of an import, each one statement over arrays (unnest), so that a chunk of
// thousands of records costs a few round trips. They only call `db.execute`, so the ingest engine
// can queue them on its one transaction without waiting for each (see @gp/ingest engine/executor).
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { ImportCounts } from "./import-counts";
import { hex } from "./import-signatures";

type SluggedTable = "practices" | "topics" | "institutions";

/** Which of `slugs` a table already uses. */
export async function takenSlugs(db: Db, table: SluggedTable, slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.execute<{ slug: string }>(
    sql`select slug from ${sql.identifier(table)} where slug = any(${sql.param(slugs)}::text[])`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** A batch row for a file of an import; its sha256 and counts are filled in by `finishImportBatches`. */
export async function insertImportBatch(
  db: Db,
  batch: { fileName: string; format: string; userId: number | null; actor: string },
): Promise<number> {
  const [row] = await db.execute<{ id: number }>(sql`
    insert into import_batches (file_name, sha256, format, created_by_id, actor)
    values (${batch.fileName}, '', ${batch.format}::import_format, ${batch.userId}::int, ${batch.actor}) returning id`);
  return row!.id;
}

/** New topics whose parents exist, each with its alias (the label's match key). */
export async function insertTopicsWithAliases(
  db: Db,
  topics: Array<{ name: string; slug: string; parentId: number | null; key: string }>,
): Promise<Array<{ id: number; key: string }>> {
  if (topics.length === 0) return [];
  return db.execute<{ id: number; key: string }>(sql`
    with created as (
      insert into topics (name, slug, parent_id)
      select v.name, v.slug, v.parent from unnest(${sql.param(topics.map((t) => t.name))}::text[],
        ${sql.param(topics.map((t) => t.slug))}::text[], ${sql.param(topics.map((t) => t.parentId))}::int[]) as v(name, slug, parent)
      returning id, name)
    insert into topic_aliases (topic_id, alias, key)
    select c.id, v.name, v.key from created c
    join unnest(${sql.param(topics.map((t) => t.name))}::text[], ${sql.param(topics.map((t) => t.key))}::text[]) as v(name, key) on v.name = c.name
    returning topic_id as id, key`);
}

export async function insertInstitutions(
  db: Db,
  institutions: Array<{ name: string; slug: string; countryId: number; matchKey: string }>,
): Promise<Array<{ id: number; countryId: number; matchKey: string }>> {
  if (institutions.length === 0) return [];
  return db.execute<{ id: number; countryId: number; matchKey: string }>(sql`
    insert into institutions (name, slug, country_id, match_key)
    select * from unnest(${sql.param(institutions.map((i) => i.name))}::text[], ${sql.param(institutions.map((i) => i.slug))}::text[],
      ${sql.param(institutions.map((i) => i.countryId))}::int[], ${sql.param(institutions.map((i) => i.matchKey))}::text[])
    returning id, country_id as "countryId", match_key as "matchKey"`);
}

export interface ImportedPractice {
  slug: string;
  title: string | null;
  summary: string;
  countryId: number;
  /** The institution's `matchKey` within the country (the institution exists by then). */
  institutionKey: string;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: string | null;
  fingerprint: string;
  /** Sorted topic ids; written with the row so the search document is computed once. */
  topicIds: number[];
  /** The MinHash signature of its summary, for later imports' candidates (`practice_signatures`). */
  signature: Uint8Array;
}

/** A provenance row; `practiceId` null means the new practice with `practiceFingerprint`. */
export interface ImportedSource {
  practiceId: number | null;
  practiceFingerprint: string;
  batchId: number;
  line: number;
  fingerprint: string;
  record: unknown;
}

/**
 * New published practices with their practice_topics rows, and provenance rows (for new and
 * existing practices), in one statement that joins new rows by fingerprint to what it inserts
 * (never to the whole table), and their signatures. The search documents are computed here, set-based, with the trigger's
 * own expression (`practice_document_of`), so the trigger keeps them. Returns the new practices' ids
 * by fingerprint.
 *
 * The rows travel as two JSON documents, not as arrays: `JSON.stringify` is native, where the
 * driver escapes each element of a text[] in JavaScript, and a chunk is megabytes of summaries and
 * records (at 100k records, 8 of the import thread's 27 s went to building the arrays; README of
 * @gp/ingest, "At scale").
 */
export async function insertImportedPractices(
  db: Db,
  practices: ImportedPractice[],
  sources: ImportedSource[],
): Promise<Array<{ id: number; fingerprint: string }>> {
  if (practices.length === 0 && sources.length === 0) return [];
  const practiceRows = JSON.stringify(
    practices.map((p) => ({
      slug: p.slug,
      title: p.title,
      summary: p.summary,
      country: p.countryId,
      institution_key: p.institutionKey,
      implementation_year: p.implementationYear,
      award_year: p.awardYear,
      distinction: p.awardDistinction,
      fingerprint: p.fingerprint,
      topic_ids: sortedIds(p.topicIds),
      signature: hex(p.signature),
    })),
  );
  // Most records of a new practice carry its summary: sent once, with the practice, not twice.
  const summaryOf = new Map(practices.map((p) => [p.fingerprint, p.summary]));
  const sourceRows = JSON.stringify(
    sources.map((s) => {
      const trimmed = s.practiceId === null ? withoutSummary(s.record, summaryOf.get(s.practiceFingerprint)) : null;
      return {
        practice_id: s.practiceId,
        group_fingerprint: s.practiceFingerprint,
        batch_id: s.batchId,
        line: s.line,
        fingerprint: s.fingerprint,
        record: trimmed ?? s.record,
        shares_summary: trimmed !== null,
      };
    }),
  );
  return db.execute<{ id: number; fingerprint: string }>(sql`
    with v as materialized (
      select * from rows from (json_to_recordset(${practiceRows}::json) as (slug text, title text, summary text, country int,
        institution_key text, implementation_year int, award_year int, distinction text, fingerprint text, topic_ids int[],
        signature text)) with ordinality as v(slug, title, summary, country, institution_key, implementation_year, award_year,
        distinction, fingerprint, topic_ids, signature, n)),
    inserted as (
      insert into practices (slug, title, summary, institution_id, implementation_year, award_year, award_distinction, fingerprint, topic_ids, status, search_vector)
      select v.slug, v.title, v.summary, i.id, v.implementation_year, v.award_year, v.distinction::award_distinction, v.fingerprint, v.topic_ids, 'published',
        practice_document_of(v.title, concat_ws(' ', i.name, i.acronym, c.name,
          (select string_agg(t.name, ' ' order by t.id) from topics t where t.id = any(v.topic_ids))), v.summary)
      from v
      join institutions i on i.country_id = v.country and i.match_key = v.institution_key
      join countries c on c.id = i.country_id
      -- Ids follow the input's order, whatever order the joins produce rows in.
      order by v.n
      returning id, fingerprint, md5(summary) as summary_md5, topic_ids),
    signatures as (
      insert into practice_signatures (practice_id, summary_md5, signature)
      select n.id, n.summary_md5, decode(v.signature, 'hex') from inserted n join v on v.fingerprint = n.fingerprint),
    topics as (
      insert into practice_topics (practice_id, topic_id)
      select n.id, t.topic_id from inserted n cross join unnest(n.topic_ids) as t(topic_id)),
    sources as (
      insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
      select coalesce(s.practice_id, n.id), s.batch_id, s.line, s.fingerprint,
        case when s.shares_summary then s.record || jsonb_build_object('summary', p.summary) else s.record end
      from json_to_recordset(${sourceRows}::json) as s(practice_id int, group_fingerprint text, batch_id int, line int,
        fingerprint text, record jsonb, shares_summary boolean)
      left join inserted n on s.practice_id is null and n.fingerprint = s.group_fingerprint
      left join v p on s.shares_summary and p.fingerprint = s.group_fingerprint)
    select id, fingerprint from inserted`);
}

/** The record without its summary when that is `summary` (the statement adds the practice's back), else null. */
function withoutSummary(record: unknown, summary: string | undefined): Record<string, unknown> | null {
  if (summary === undefined || typeof record !== "object" || record === null || Array.isArray(record)) return null;
  const fields = record as Record<string, unknown>;
  return fields.summary === summary ? { ...fields, summary: undefined } : null;
}

/** Sorted ids as a PostgreSQL array literal (an int[][] cannot be ragged, a text[] of literals can). */
export function intArray(ids: readonly number[]): string {
  return `{${sortedIds(ids).join(",")}}`;
}

/** Each id once, in ascending order: how a practice's topic ids are stored. */
function sortedIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Replaces practices' topic sets (topic_ids first, so the practice_topics triggers find nothing to rewrite). */
export async function setPracticeTopics(db: Db, rows: Array<{ id: number; topicIds: number[] }>): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update practices p set topic_ids = v.topic_ids::int[]
    from unnest(${sql.param(rows.map((r) => r.id))}::int[], ${sql.param(rows.map((r) => intArray(r.topicIds)))}::text[]) as v(id, topic_ids)
    where p.id = v.id and p.topic_ids is distinct from v.topic_ids::int[]`);
  const pairs = rows.flatMap((r) => r.topicIds.map((topicId) => [r.id, topicId] as const));
  await db.execute(sql`
    with wanted as (
      select * from unnest(${sql.param(pairs.map((p) => p[0]))}::int[], ${sql.param(pairs.map((p) => p[1]))}::int[]) as w(practice_id, topic_id)),
    removed as (
      delete from practice_topics pt where pt.practice_id = any(${sql.param(rows.map((r) => r.id))}::int[])
        and not exists (select 1 from wanted w where w.practice_id = pt.practice_id and w.topic_id = pt.topic_id))
    insert into practice_topics (practice_id, topic_id) select practice_id, topic_id from wanted on conflict do nothing`);
}

/** Each batch gets its sha256, counts and finish time. */
export async function finishImportBatches(
  db: Db,
  batches: Array<{ id: number; sha256: string; counts: ImportCounts }>,
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
}
