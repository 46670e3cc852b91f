import type { CuratableField } from "@gp/db/schema";
import { matchKey } from "@gp/db/text";
import { sql } from "drizzle-orm";
import { normaliseForMatch } from "../normalise";
import type { Executor } from "./executor";
import { textOfNormalised } from "./prepared";

/** A practice as matching needs it: keys and fields, not its text (see `text`). */
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
  awardDistinction: string | null;
  curatedFields: CuratableField[];
  topicIds: number[];
  version: number;
  /**
   * Its summary, word hashes and signature: loaded only for practices that share an input record's
   * institution, country and years (the ones that record may be a version of).
   */
  text: PracticeText | null;
};

export type PracticeText = { summary: string; words: Uint32Array; signature: Uint32Array };

export type ExistingTopic = {
  id: number;
  name: string;
  parentId: number | null;
};

const practiceColumns = sql`p.id, p.institution_id as "institutionId", i.country_id as "countryId",
  p.implementation_year as "implementationYear", p.award_year as "awardYear", p.fingerprint, p.status,
  p.merged_into_id as "mergedIntoId", p.title, p.award_distinction as "awardDistinction",
  p.curated_fields as "curatedFields", p.topic_ids as "topicIds", p.version`;

/**
 * What the database held before this import, loaded as the input streams by, in a few bulk queries
 * per chunk: the institutions of each country the input names, the practices and provenance rows
 * with the input's fingerprints, the survivors that merged practices point to and, for records
 * none of these match, the practices of the same institution and years with their text. Nothing is
 * loaded per country in bulk: memory follows the input, not the database.
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
  /** Practices with their text by `sameKey(institutionId, implementationYear, awardYear)`. */
  readonly bySameKey = new Map<string, ExistingPractice[]>();
  /** sha256 of the input files that earlier batches imported. */
  readonly importedFiles = new Set<string>();
  /** The highest practice id before the import: practices above it are the import's own. */
  maxId = 0;
  private readonly countries = new Set<number>();
  /** Each fingerprint asked for, to its input's string: rows' fingerprints are kept as that one copy. */
  private readonly fingerprints = new Map<string, string>();
  private readonly sameKeys = new Set<string>();

  constructor(private readonly db: Executor) {}

  /** Topics and their aliases. */
  async init(): Promise<void> {
    const [topics, aliases, [max]] = await Promise.all([
      this.db.execute<ExistingTopic>(sql`select id, name, parent_id as "parentId" from topics`),
      this.db.execute<{ topicId: number; key: string }>(sql`select topic_id as "topicId", key from topic_aliases`),
      this.db.execute<{ id: number }>(sql`select coalesce(max(id), 0)::int as id from practices`),
    ]);
    this.maxId = max!.id;
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
   * Loads the institutions of these countries and the practices of these fingerprints that are not
   * loaded yet. Each fingerprint is loaded before the import writes anything of it, so the import
   * never finds its own rows here.
   */
  async load(countryIds: Iterable<number>, fingerprints: string[]): Promise<void> {
    const newCountries = [...new Set(countryIds)].filter((id) => !this.countries.has(id));
    for (const id of newCountries) this.countries.add(id);
    const unknown = [...new Set(fingerprints)].filter((fp) => !this.fingerprints.has(fp));
    for (const fp of unknown) this.fingerprints.set(fp, fp);
    if (newCountries.length === 0 && unknown.length === 0) return;
    // With no practice before the import (a first import), no fingerprint can match: only institutions.
    if (this.maxId === 0) unknown.length = 0;
    // Each query uses an index: institutions by country, practices by fingerprint (live ones through
    // the partial unique index, merged ones through the status index), provenance by fingerprint.
    const [institutions, live, merged, sources] = await Promise.all([
      newCountries.length === 0
        ? []
        : this.db.execute<{ id: number; countryId: number; matchKey: string }>(
            sql`select id, country_id as "countryId", match_key as "matchKey" from institutions where country_id = any(${sql.param(newCountries)}::int[])`,
          ),
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
    for (const i of institutions) this.institutionByKey.set(`${i.countryId}|${i.matchKey}`, i.id);
    for (const p of [...live, ...merged]) this.addPractice(p);
    for (const s of sources) push(this.bySourceFingerprint, this.inputCopy(s.fingerprint), s.practiceId);
    await this.loadSurvivors(sources.map((s) => s.practiceId));
  }

  /**
   * Loads, with their text, the practices of these institutions and years (keys of `sameKey`) that
   * existed before the import.
   */
  async loadSameKeys(
    keys: Array<{ institutionId: number; implementationYear: number | null; awardYear: number | null }>,
  ): Promise<void> {
    const wanted = keys.filter((k) => {
      const key = sameKey(k.institutionId, k.implementationYear, k.awardYear);
      if (this.sameKeys.has(key)) return false;
      this.sameKeys.add(key);
      return true;
    });
    if (wanted.length === 0 || this.maxId === 0) return;
    const rows = await this.db.execute<ExistingPractice & { summary: string }>(sql`
      select ${practiceColumns}, p.summary from practices p join institutions i on i.id = p.institution_id
      join unnest(${sql.param(wanted.map((k) => k.institutionId))}::int[], ${sql.param(wanted.map((k) => k.implementationYear))}::int[],
        ${sql.param(wanted.map((k) => k.awardYear))}::int[]) as k(institution_id, implementation_year, award_year)
        on p.institution_id = k.institution_id and p.implementation_year is not distinct from k.implementation_year
        and p.award_year is not distinct from k.award_year
      where p.id <= ${this.maxId}`);
    for (const { summary, ...row } of rows) {
      const practice = this.addPractice({ ...row, text: null });
      if (practice.text) continue;
      practice.text = textOf(summary);
      push(this.bySameKey, sameKey(practice.institutionId, practice.implementationYear, practice.awardYear), practice);
    }
    await this.loadSurvivors([]);
  }

  /** Survivors of merged practices, and practices of provenance rows, wherever they are. */
  private async loadSurvivors(ids: number[]): Promise<void> {
    let missing = ids;
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

  private addPractice(row: ExistingPractice): ExistingPractice {
    const known = this.practices.get(row.id);
    if (known) return known;
    const p = this.compact(row);
    this.practices.set(p.id, p);
    const list = this.byFingerprint.get(p.fingerprint);
    // A live practice first: the one a fingerprint names today.
    if (!list) this.byFingerprint.set(p.fingerprint, [p.id]);
    else if (p.status === "merged") list.push(p.id);
    else list.unshift(p.id);
    return p;
  }

  /** The input's string for a fingerprint a row brings, so that one copy of it is kept. */
  private inputCopy(fingerprint: string): string {
    return this.fingerprints.get(fingerprint) ?? fingerprint;
  }

  /**
   * A row as it is kept for the whole import (at scale, one per practice of the input): an object
   * made with all its fields at once (the driver's rows grow a property array as columns are set),
   * arrays of their own length (the driver's grow by pushes, to 17 slots), the fingerprint as the
   * input's string and the status as a constant. About a quarter of a row's memory.
   */
  private compact(row: ExistingPractice): ExistingPractice {
    return {
      id: row.id,
      institutionId: row.institutionId,
      countryId: row.countryId,
      implementationYear: row.implementationYear,
      awardYear: row.awardYear,
      fingerprint: this.inputCopy(row.fingerprint),
      status: statuses[row.status],
      mergedIntoId: row.mergedIntoId,
      title: row.title,
      awardDistinction: row.awardDistinction,
      curatedFields: row.curatedFields.length === 0 ? noFields : row.curatedFields.slice(),
      topicIds: row.topicIds.slice(),
      version: row.version,
      text: row.text ?? null,
    };
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

/** Institution and years: what a version of a practice shares with it (the country comes with the institution). */
export function sameKey(institutionId: number, implementationYear: number | null, awardYear: number | null): string {
  return `${institutionId}|${implementationYear ?? ""}|${awardYear ?? ""}`;
}

/** What matching keeps of a summary: word hashes and MinHash signature (and the text, for the few that need it). */
export function textOf(summary: string): PracticeText {
  return { summary, ...textOfNormalised(normaliseForMatch(summary)) };
}

const statuses = { published: "published", draft: "draft", merged: "merged", withdrawn: "withdrawn" } as const;
const noFields = Object.freeze([]) as unknown as CuratableField[];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
