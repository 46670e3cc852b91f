import type { ImportFormat } from "../record";
import type { NormalisedRecord } from "../resolve";
import {
  insertImportBatch,
  insertImportedPractices,
  insertInstitutions,
  insertTopicsWithAliases,
} from "@gp/db/imports";
import { signatureToBytes } from "../signature-bytes";
import type { SerialExecutor } from "./executor";
import type { Lookups } from "./lookups";
import { institutionSlugChoices, practiceSlugChoices, topicSlugChoices, uniqueSlugs } from "./slugs";
import { signatureOfGroup } from "./grouper";
import type { Group } from "./types";

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

/** The topic ids of topic keys (every key is known by the time it is written). */
export function topicIds(keys: Iterable<string>, lookups: Lookups): number[] {
  return [...keys].map((key) => lookups.topicByKey.get(key)!);
}

/**
 * The statements of an import as it streams: batches, new topics and institutions, new practices
 * with their topics and provenance (through @gp/db's import writes). Inserts of a chunk are not
 * waited for (the executor keeps their order), so the next chunk is parsed and matched while
 * PostgreSQL works.
 */
export class ChunkWriter {
  /** The last chunk's insert, and the ids it gives its new practices once it is in. */
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: SerialExecutor,
    readonly options: WriteOptions,
  ) {}

  /** A batch row for a file; its sha256 and counts are filled in at the end. */
  startBatch(name: string, format: ImportFormat): Promise<number> {
    const { actor, userId } = this.options;
    return insertImportBatch(this.db.asDb(), { fileName: name, format, userId, actor });
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
      const rows = await insertTopicsWithAliases(
        this.db.asDb(),
        ready.map((t) => ({
          name: t.label,
          slug: slugOf.get(t.key)!,
          parentId: t.parentKey === null ? null : lookups.topicByKey.get(t.parentKey)!,
          key: t.key,
        })),
      );
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
    const rows = await insertInstitutions(
      this.db.asDb(),
      created.map((i, n) => ({ name: i.name, slug: slugs[n]!, countryId: i.countryId, matchKey: i.key })),
    );
    for (const row of rows) lookups.institutionByKey.set(`${row.countryId}|${row.matchKey}`, row.id);
  }

  /**
   * Writes a chunk, not waited for: its new practices with their topics, and the provenance rows
   * of all its records. Ids arrive on the groups when PostgreSQL answers.
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
      added.map((g) => practiceSlugChoices(g.title ?? g.derivedTitle, g.fingerprints[0]!)),
    );
    for (const group of added) group.insertedTopics = group.topics.size;
    const practices = added.map((g, i) => ({
      slug: slugs[i]!,
      title: g.title,
      summary: g.summary!,
      countryId: g.rep.country.id,
      institutionKey: g.rep.institutionKey,
      implementationYear: g.rep.record.implementationYear,
      awardYear: g.rep.record.awardYear,
      awardDistinction: g.awardDistinction,
      fingerprint: g.fingerprints[0]!,
      topicIds: topicIds(g.topics.keys(), lookups),
      signature: signatureToBytes(signatureOfGroup(g)),
    }));
    // A record of a practice the previous chunk added needs that practice's id, which arrives when
    // its insert is in. Asking the table for slugs waits for it anyway, but a chunk that adds no
    // practice asks nothing (a second file whose records all belong to the first file's practices).
    await this.inFlight;
    const provenance = sources.map(({ record, group }) => ({
      practiceId: group.practiceId,
      practiceFingerprint: group.fingerprints[0]!,
      batchId: batchOfFile(record.file),
      line: record.line,
      fingerprint: record.fingerprint,
      record: record.record,
    }));
    const landed = insertImportedPractices(this.db.asDb(), practices, provenance).then((rows) => {
      if (rows.length !== added.length) throw new Error(`Inserted ${rows.length} of ${added.length} practices.`);
      const byFingerprint = new Map(added.map((g) => [g.fingerprints[0]!, g]));
      for (const row of rows) byFingerprint.get(row.fingerprint)!.practiceId = row.id;
    });
    this.db.track(landed, () => {});
    this.inFlight = landed.catch(() => {}); // a failure surfaces at `drain`, through `track`
  }
}
