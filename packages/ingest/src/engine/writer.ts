import { derivedTitle } from "@gp/db/text";
import { sql } from "drizzle-orm";
import { institutionSlugChoices, practiceSlugChoices, topicSlugChoices, uniqueSlugs } from "./slugs";
import type { ImportFormat } from "../record";
import type { NormalisedRecord } from "../resolve";
import type { SerialExecutor } from "./executor";
import type { Group } from "./grouper";
import type { Lookups } from "./lookups";

export interface WriteOptions {
  actor: string;
  userId: number | null;
}

export interface NewTopic {
  key: string;
  label: string;
  /** Key of its parent (an existing topic, or another new one created before it). */
  parentKey: string | null;
}

export interface NewInstitution {
  countryId: number;
  countryCode: string;
  key: string;
  name: string;
}

/** A practice changed between reading and writing (an editor saved it): the import starts over. */
export class StaleSnapshotError extends Error {}

/** Sorted topic ids as a PostgreSQL array literal. */
export function topicArray(keys: Iterable<string>, lookups: Lookups): string {
  const ids = [...new Set([...keys].map((key) => lookups.topicByKey.get(key)!))].sort((a, b) => a - b);
  return `{${ids.join(",")}}`;
}

/**
 * The statements of an import as it streams: batches, new topics and institutions, new practices
 * with their topics and provenance. Inserts of a chunk are fired without waiting (the executor
 * keeps their order), so the next chunk is parsed and matched while PostgreSQL works.
 */
export class ChunkWriter {
  readonly batchIds: number[] = [];

  constructor(
    readonly db: SerialExecutor,
    readonly options: WriteOptions,
  ) {}

  /** A batch row for a file; its sha256 and counts are filled in at the end. */
  async startBatch(name: string, format: ImportFormat): Promise<number> {
    const [row] = await this.db.execute<{ id: number }>(sql`
      insert into import_batches (file_name, sha256, format, created_by_id, actor)
      values (${name}, '', ${format}::import_format, ${this.options.userId}::int, ${this.options.actor}) returning id`);
    this.batchIds.push(row!.id);
    return row!.id;
  }

  /** Creates topics (parents first) with their aliases, and registers their ids. */
  async createTopics(topics: NewTopic[], lookups: Lookups): Promise<void> {
    const pending = [...topics];
    if (pending.length === 0) return;
    const slugs = await uniqueSlugs(
      this.db,
      "topics",
      pending.map((t) => topicSlugChoices(t.label)),
    );
    const slugOf = new Map(pending.map((t, i) => [t.key, slugs[i]!]));
    while (pending.length > 0) {
      const ready = pending.filter((t) => t.parentKey === null || lookups.topicByKey.has(t.parentKey));
      if (ready.length === 0) throw new Error("New topics form a cycle.");
      const rows = await this.db.execute<{ id: number; key: string }>(sql`
        with created as (
          insert into topics (name, slug, parent_id)
          select v.name, v.slug, v.parent from unnest(${sql.param(ready.map((t) => t.label))}::text[],
            ${sql.param(ready.map((t) => slugOf.get(t.key)!))}::text[],
            ${sql.param(ready.map((t) => (t.parentKey === null ? null : lookups.topicByKey.get(t.parentKey)!)))}::int[]) as v(name, slug, parent)
          returning id, name)
        insert into topic_aliases (topic_id, alias, key)
        select c.id, v.name, v.key from created c
        join unnest(${sql.param(ready.map((t) => t.label))}::text[], ${sql.param(ready.map((t) => t.key))}::text[]) as v(name, key) on v.name = c.name
        returning topic_id as id, key`);
      for (const row of rows) lookups.topicByKey.set(row.key, row.id);
      for (const topic of ready) pending.splice(pending.indexOf(topic), 1);
    }
  }

  async createInstitutions(created: NewInstitution[], lookups: Lookups): Promise<void> {
    if (created.length === 0) return;
    const slugs = await uniqueSlugs(
      this.db,
      "institutions",
      created.map((i) => institutionSlugChoices(i.name, i.countryCode)),
    );
    const rows = await this.db.execute<{ id: number; countryId: number; matchKey: string }>(sql`
      insert into institutions (name, slug, country_id, match_key)
      select * from unnest(${sql.param(created.map((i) => i.name))}::text[], ${sql.param(slugs)}::text[],
        ${sql.param(created.map((i) => i.countryId))}::int[], ${sql.param(created.map((i) => i.key))}::text[])
      returning id, country_id as "countryId", match_key as "matchKey"`);
    for (const row of rows) lookups.institutionByKey.set(`${row.countryId}|${row.matchKey}`, row.id);
  }

  /**
   * Writes a chunk, not waited for: its new practices with topic_ids (so each search document is
   * computed once), their practice_topics rows, and the provenance rows of all its records, in one
   * statement that joins new rows by fingerprint to what it inserts (never to the whole table).
   * Ids arrive on the groups when PostgreSQL answers.
   */
  async writeChunk(
    added: Group[],
    sources: Array<{ record: NormalisedRecord; group: Group }>,
    lookups: Lookups,
    batchOfFile: (file: number) => number,
  ): Promise<void> {
    if (added.length === 0 && sources.length === 0) return;
    const slugs = await uniqueSlugs(
      this.db,
      "practices",
      added.map((g) => practiceSlugChoices(g.title ?? derivedTitle(g.rep.record.summary), g.fingerprints[0]!)),
    );
    const records = added.map((g) => g.rep);
    for (const group of added) group.insertedTopics = group.topics.size;
    const topicRows = added.flatMap((g) =>
      [...g.topics.keys()].map((key) => [g.fingerprints[0]!, lookups.topicByKey.get(key)!] as const),
    );
    this.db.fire<{ id: number; fingerprint: string }>(
      sql`
      with inserted as (
        insert into practices (slug, title, summary, institution_id, implementation_year, award_year, award_distinction, fingerprint, topic_ids, status)
        select v.slug, v.title, v.summary, i.id, v.implementation_year, v.award_year, v.distinction::award_distinction, v.fingerprint, v.topic_ids::int[], 'published'
        from unnest(${sql.param(slugs)}::text[], ${sql.param(added.map((g) => g.title))}::text[], ${sql.param(records.map((r) => r.record.summary))}::text[],
          ${sql.param(records.map((r) => r.country.id))}::int[], ${sql.param(records.map((r) => r.institutionKey))}::text[],
          ${sql.param(records.map((r) => r.record.implementationYear))}::int[], ${sql.param(records.map((r) => r.record.awardYear))}::int[],
          ${sql.param(added.map((g) => g.awardDistinction))}::text[], ${sql.param(added.map((g) => g.fingerprints[0]!))}::text[],
          ${sql.param(added.map((g) => topicArray(g.topics.keys(), lookups)))}::text[])
          as v(slug, title, summary, country, institution_key, implementation_year, award_year, distinction, fingerprint, topic_ids)
        join institutions i on i.country_id = v.country and i.match_key = v.institution_key
        returning id, fingerprint),
      topics as (
        insert into practice_topics (practice_id, topic_id)
        select n.id, t.topic_id from inserted n
        join unnest(${sql.param(topicRows.map((r) => r[0]))}::text[], ${sql.param(topicRows.map((r) => r[1]))}::int[]) as t(fingerprint, topic_id)
          on t.fingerprint = n.fingerprint),
      sources as (
        insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
        select coalesce(v.practice_id, n.id), v.batch_id, v.line, v.fingerprint, v.record::jsonb
        from unnest(${sql.param(sources.map((r) => r.group.practiceId))}::int[], ${sql.param(sources.map((r) => r.group.fingerprints[0]!))}::text[],
          ${sql.param(sources.map((r) => batchOfFile(r.record.file)))}::int[], ${sql.param(sources.map((r) => r.record.line))}::int[],
          ${sql.param(sources.map((r) => r.record.fingerprint))}::text[], ${sql.param(sources.map((r) => JSON.stringify(r.record.record)))}::text[])
          as v(practice_id, group_fingerprint, batch_id, line, fingerprint, record)
        left join inserted n on v.practice_id is null and n.fingerprint = v.group_fingerprint)
      select id, fingerprint from inserted`,
      (rows) => {
        if (rows.length !== added.length) throw new Error(`Inserted ${rows.length} of ${added.length} practices.`);
        const byFingerprint = new Map(added.map((g) => [g.fingerprints[0]!, g]));
        for (const row of rows) byFingerprint.get(row.fingerprint)!.practiceId = row.id;
      },
    );
  }
}
