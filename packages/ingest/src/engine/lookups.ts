import type { CuratableField } from "@gp/db/schema";
import { matchKey } from "@gp/db/text";
import { sql } from "drizzle-orm";
import type { Executor } from "./executor";

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

export type ExistingTopic = {
  id: number;
  name: string;
  parentId: number | null;
};

const practiceColumns = sql`p.id, p.institution_id as "institutionId", i.country_id as "countryId",
  p.implementation_year as "implementationYear", p.award_year as "awardYear", p.fingerprint, p.status,
  p.merged_into_id as "mergedIntoId", p.title, p.summary, p.award_distinction as "awardDistinction",
  p.curated_fields as "curatedFields", p.topic_ids as "topicIds", p.version`;

/**
 * What the database held before this import, loaded as the input streams by, in a few bulk queries
 * per chunk: the practices and institutions of each country the input names (the blocks that
 * near-duplicates are sought in, loaded once per country), the practices and provenance rows with
 * the input's fingerprints, and the survivors that merged practices point to.
 */
export class Lookups {
  readonly topics = new Map<number, ExistingTopic>();
  /** Topic id by `matchKey` of an alias or of its name (grows as the import creates topics). */
  readonly topicByKey = new Map<string, number>();
  /** Institution id by `${countryId}|${matchKey(name)}` (grows as the import creates institutions). */
  readonly institutionByKey = new Map<string, number>();
  readonly practices = new Map<number, ExistingPractice>();
  /** Practice ids by their current fingerprint, live ones first. */
  readonly byFingerprint = new Map<string, number[]>();
  /** Practice ids by the fingerprints of the records they came from (provenance). */
  readonly bySourceFingerprint = new Map<string, number[]>();
  /** Practices by `${institutionId}|${implementationYear}|${awardYear}`. */
  readonly bySameKey = new Map<string, ExistingPractice[]>();
  /** sha256 of the input files that earlier batches imported. */
  readonly importedFiles = new Set<string>();
  private readonly countries = new Set<number>();
  private readonly fingerprints = new Set<string>();

  constructor(private readonly db: Executor) {}

  /** Topics and their aliases. */
  async init(): Promise<void> {
    const [topics, aliases] = await Promise.all([
      this.db.execute<ExistingTopic>(sql`select id, name, parent_id as "parentId" from topics`),
      this.db.execute<{ topicId: number; key: string }>(sql`select topic_id as "topicId", key from topic_aliases`),
    ]);
    for (const topic of topics) this.topics.set(topic.id, topic);
    for (const alias of aliases) this.topicByKey.set(alias.key, alias.topicId);
    for (const topic of topics) {
      const key = matchKey(topic.name);
      if (!this.topicByKey.has(key)) this.topicByKey.set(key, topic.id);
    }
  }

  /** Which of these files earlier batches imported (this import's own batches aside). */
  async loadImportedFiles(hashes: string[], ownBatches: number[]): Promise<void> {
    const rows = await this.db.execute<{ sha256: string }>(sql`
      select distinct sha256 from import_batches where sha256 = any(${sql.param(hashes)}::text[]) and id <> all(${sql.param(ownBatches)}::int[])`);
    for (const row of rows) this.importedFiles.add(row.sha256);
  }

  /**
   * Loads what matching these countries and fingerprints needs and is not loaded yet. Each country
   * and fingerprint is loaded before the import writes anything of it, so the import never finds
   * its own rows here.
   */
  async load(countryIds: Iterable<number>, fingerprints: string[]): Promise<void> {
    const newCountries = [...new Set(countryIds)].filter((id) => !this.countries.has(id));
    for (const id of newCountries) this.countries.add(id);
    const unknown = [...new Set(fingerprints)].filter((fp) => !this.fingerprints.has(fp));
    for (const fp of unknown) this.fingerprints.add(fp);
    if (newCountries.length === 0 && unknown.length === 0) return;
    // Each query uses an index: practices by institution (for new countries), by fingerprint (live ones
    // through the partial unique index, merged ones through the status index), provenance by fingerprint.
    const [institutions, inCountries, live, merged, sources] = await Promise.all([
      newCountries.length === 0
        ? []
        : this.db.execute<{ id: number; countryId: number; matchKey: string }>(
            sql`select id, country_id as "countryId", match_key as "matchKey" from institutions where country_id = any(${sql.param(newCountries)}::int[])`,
          ),
      newCountries.length === 0
        ? []
        : this.db.execute<ExistingPractice>(sql`
            select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id
            where i.country_id = any(${sql.param(newCountries)}::int[])`),
      unknown.length === 0
        ? []
        : this.db.execute<ExistingPractice>(sql`
            select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id
            where p.fingerprint = any(${sql.param(unknown)}::text[]) and p.status <> 'merged'`),
      unknown.length === 0
        ? []
        : this.db.execute<ExistingPractice>(sql`
            select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id
            where p.status = 'merged' and p.fingerprint = any(${sql.param(unknown)}::text[])`),
      unknown.length === 0
        ? []
        : this.db.execute<{ practiceId: number; fingerprint: string }>(
            sql`select distinct practice_id as "practiceId", fingerprint from practice_sources
                where fingerprint = any(${sql.param(unknown)}::text[])`,
          ),
    ]);
    const practices = [...inCountries, ...live, ...merged];
    for (const i of institutions) this.institutionByKey.set(`${i.countryId}|${i.matchKey}`, i.id);
    for (const p of practices) this.addPractice(p);
    for (const s of sources) push(this.bySourceFingerprint, s.fingerprint, s.practiceId);
    // Survivors of merged practices, and practices of provenance rows, wherever they are.
    let missing = sources.map((s) => s.practiceId);
    for (let depth = 0; depth < 50; depth++) {
      for (const p of this.practices.values()) if (p.mergedIntoId !== null) missing.push(p.mergedIntoId);
      missing = [...new Set(missing)].filter((id) => !this.practices.has(id));
      if (missing.length === 0) break;
      const rows = await this.db.execute<ExistingPractice>(
        sql`select ${practiceColumns} from practices p join institutions i on i.id = p.institution_id where p.id = any(${sql.param(missing)}::int[])`,
      );
      for (const p of rows) this.addPractice(p);
      missing = [];
    }
  }

  private addPractice(p: ExistingPractice): void {
    if (this.practices.has(p.id)) return;
    this.practices.set(p.id, p);
    const list = this.byFingerprint.get(p.fingerprint) ?? [];
    // A live practice first: the one a fingerprint names today.
    if (p.status === "merged") list.push(p.id);
    else list.unshift(p.id);
    this.byFingerprint.set(p.fingerprint, list);
    push(this.bySameKey, `${p.institutionId}|${p.implementationYear ?? ""}|${p.awardYear ?? ""}`, p);
  }

  /** The practice a merged one lives on in: follows merged_into to the end (cycles stop). */
  survivor(id: number): ExistingPractice | null {
    let practice = this.practices.get(id) ?? null;
    const seen = new Set<number>();
    while (practice && practice.status === "merged" && practice.mergedIntoId !== null && !seen.has(practice.id)) {
      seen.add(practice.id);
      practice = this.practices.get(practice.mergedIntoId) ?? null;
    }
    return practice && practice.status !== "merged" ? practice : null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
