import type { Db } from "@gp/db";
import { matchKey } from "@gp/db/text";
import { sql } from "drizzle-orm";
import type { CuratableField } from "@gp/db/schema";
import type { NormalisedRecord } from "../resolve";

/** A practice as matching needs it. */
export type ExistingPractice = {
  id: number;
  institutionId: number;
  countryId: number;
  implementationYear: number | null;
  awardYear: number | null;
  fingerprint: string;
  status: "published" | "draft" | "merged" | "withdrawn";
  mergedIntoId: number | null;
  title: string | null;
  summary: string;
  awardDistinction: string | null;
  curatedFields: CuratableField[];
  topicIds: number[];
  version: number;
};

export interface ExistingTopic {
  id: number;
  name: string;
  parentId: number | null;
}

/** What the database holds that an import is matched against. */
export interface Snapshot {
  topics: Map<number, ExistingTopic>;
  /** Topic id by `matchKey` of an alias or of its name. */
  topicByKey: Map<string, number>;
  /** Institution id by `${countryId}|${matchKey(name)}`. */
  institutionByKey: Map<string, number>;
  practices: Map<number, ExistingPractice>;
  /** Practice ids by their current fingerprint. */
  byFingerprint: Map<string, number[]>;
  /** Practice ids by the fingerprints of the records they came from (provenance). */
  bySourceFingerprint: Map<string, number[]>;
  /** sha256 of files imported before. */
  importedFiles: Set<string>;
}

const practiceColumns = sql`p.id, p.institution_id as "institutionId", i.country_id as "countryId",
  p.implementation_year as "implementationYear", p.award_year as "awardYear", p.fingerprint, p.status,
  p.merged_into_id as "mergedIntoId", p.title, p.summary, p.award_distinction as "awardDistinction",
  p.curated_fields as "curatedFields", p.topic_ids as "topicIds", p.version`;

/**
 * Loads what matching needs, in a few queries: topics and aliases; the institutions and practices
 * of the countries the input names (the blocks near-duplicates are sought in); the practices and
 * sources with the input's fingerprints; and the survivors merged practices point to.
 */
export async function loadSnapshot(db: Db, records: readonly NormalisedRecord[], fileHashes: string[]): Promise<Snapshot> {
  const countryIds = [...new Set(records.map((r) => r.country.id))];
  const fingerprints = [...new Set(records.map((r) => r.fingerprint))];

  const [topicRows, aliasRows, institutionRows, practiceRows, sourceRows, fileRows] = await Promise.all([
    db.execute<{ id: number; name: string; parentId: number | null }>(sql`select id, name, parent_id as "parentId" from topics`),
    db.execute<{ topicId: number; key: string }>(sql`select topic_id as "topicId", key from topic_aliases`),
    db.execute<{ id: number; countryId: number; matchKey: string }>(
      sql`select id, country_id as "countryId", match_key as "matchKey" from institutions where country_id = any(${sql.param(countryIds)}::int[])`,
    ),
    // The countries' practices are the blocks near-duplicates are sought in; the fingerprints find
    // exact matches elsewhere (an editor may have moved a practice to another institution).
    db.execute<ExistingPractice>(sql`
      select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id
      where i.country_id = any(${sql.param(countryIds)}::int[]) or p.fingerprint = any(${sql.param(fingerprints)}::text[])`),
    db.execute<{ practiceId: number; fingerprint: string }>(
      sql`select distinct practice_id as "practiceId", fingerprint from practice_sources where fingerprint = any(${sql.param(fingerprints)}::text[])`,
    ),
    db.execute<{ sha256: string }>(sql`select distinct sha256 from import_batches where sha256 = any(${sql.param(fileHashes)}::text[])`),
  ]);

  const topics = new Map(topicRows.map((t) => [t.id, { id: t.id, name: t.name, parentId: t.parentId }]));
  const topicByKey = new Map<string, number>();
  for (const alias of aliasRows) topicByKey.set(alias.key, alias.topicId);
  for (const topic of topics.values()) {
    const key = matchKey(topic.name);
    if (!topicByKey.has(key)) topicByKey.set(key, topic.id);
  }

  const practices = new Map(practiceRows.map((p) => [p.id, p]));
  // Survivors and source practices outside the loaded countries.
  let missing = [...new Set(sourceRows.map((s) => s.practiceId))].filter((id) => !practices.has(id));
  for (let depth = 0; depth < 50; depth++) {
    for (const p of practices.values()) if (p.mergedIntoId !== null && !practices.has(p.mergedIntoId)) missing.push(p.mergedIntoId);
    missing = [...new Set(missing)];
    if (missing.length === 0) break;
    const rows = await db.execute<ExistingPractice>(
      sql`select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id where p.id = any(${sql.param(missing)}::int[])`,
    );
    for (const p of rows) practices.set(p.id, p);
    missing = [];
  }

  const byFingerprint = new Map<string, number[]>();
  for (const p of practices.values()) {
    const list = byFingerprint.get(p.fingerprint) ?? [];
    // A live practice first: the one a fingerprint names today.
    if (p.status === "merged") list.push(p.id);
    else list.unshift(p.id);
    byFingerprint.set(p.fingerprint, list);
  }
  const bySourceFingerprint = new Map<string, number[]>();
  for (const s of sourceRows) {
    const list = bySourceFingerprint.get(s.fingerprint);
    if (list) list.push(s.practiceId);
    else bySourceFingerprint.set(s.fingerprint, [s.practiceId]);
  }

  return {
    topics,
    topicByKey,
    institutionByKey: new Map(institutionRows.map((i) => [`${i.countryId}|${i.matchKey}`, i.id])),
    practices,
    byFingerprint,
    bySourceFingerprint,
    importedFiles: new Set(fileRows.map((f) => f.sha256)),
  };
}

/** The practice a merged one lives on in: follows merged_into to the end (cycles stop). */
export function survivor(snapshot: Snapshot, id: number): ExistingPractice | null {
  let practice = snapshot.practices.get(id) ?? null;
  const seen = new Set<number>();
  while (practice && practice.status === "merged" && practice.mergedIntoId !== null && !seen.has(practice.id)) {
    seen.add(practice.id);
    practice = snapshot.practices.get(practice.mergedIntoId) ?? null;
  }
  return practice && practice.status !== "merged" ? practice : null;
}
