import type { Db } from "@gp/db";
import { analyzeGrownTables, deferIndexesAndKeys, restoreDeferred } from "@gp/db/imports";
import { addSearchTermCounts, countSearchTerms } from "@gp/db/search";
import type { ParsedFile, ParsedRecord } from "../parse";
import type { ImportError, ImportFormat } from "../record";
import { loadReference, type Reference } from "../reference";
import type { ImportReport } from "../report";
import { type Resolved, resolveRecords } from "../resolve";
import { buildReport, type FileState } from "./build-report";
import { findCandidates, type PlannedCandidate } from "./candidates";
import { groupChunk, matchChunk, provenanceToWrite, releaseSummaries } from "./chunk-steps";
import { countByFile, emptyImportCounts } from "./counts";
import { SerialExecutor } from "./executor";
import {
  addLateTopics,
  finishBatches,
  insertCandidates,
  insertConflicts,
  saveSignatures,
  updatePractices,
} from "./final-writes";
import { compareMatched, grownGroups, laterTopicLabels, updatedTexts } from "./finish-steps";
import { Grouper } from "./grouper";
import { withoutKnownPairs } from "./known-pairs";
import { Lookups } from "./lookups";
import { planInstitutions, planTopics } from "./plan-new";
import { type PreparedChunk, preparedText, relinkCountries, type TextOf, textOfNormalised } from "./prepared";
import type { Conflict } from "./types";
import { ChunkWriter, type NewTopic, type WriteOptions } from "./writer";

/**
 * One import, fed chunk by chunk as the input streams. Each chunk: resolve (`resolveRecords`),
 * group (`groupChunk`), match (`matchChunk`), plan new topics and institutions (`planTopics`,
 * `planInstitutions`) and, unless it is a dry run, write (`ChunkWriter`) while the next is read.
 * `finish`: compare (`compareMatched`), propose candidates (`findCandidates`, `withoutKnownPairs`),
 * write the rest (`final-writes`), count (`countByFile`) and report (`buildReport`). With input
 * errors it writes nothing more, and the caller rolls the transaction back.
 */
export class Importer {
  private readonly lookups: Lookups;
  private readonly grouper = new Grouper();
  /** Documents per word of the practices written so far, for the search vocabulary. */
  private readonly vocabulary = new Map<string, number>();
  private readonly claimed = new Set<number>();
  private readonly files: FileState[] = [];
  private readonly errors: ImportError[] = [];
  private readonly warnings: ImportError[] = [];
  private readonly newTopics = new Map<string, NewTopic>();
  private readonly newInstitutions = new Set<string>();
  private readonly writer: ChunkWriter | null;
  private readonly db: SerialExecutor;
  private reference!: Reference;
  /** What a first import into an empty table builds and checks at the end (the statements restoring it). */
  private deferred: string[] = [];
  private validRecords = 0;

  /** `db` is a transaction when writing; `write` null makes a dry run. */
  constructor(db: Db, write: WriteOptions | null) {
    this.db = new SerialExecutor(db);
    this.lookups = new Lookups(this.db);
    this.writer = write ? new ChunkWriter(this.db, write) : null;
  }

  async init(): Promise<void> {
    this.reference = await loadReference(this.db);
    await this.lookups.init();
    if (this.writer) this.deferred = await deferIndexesAndKeys(this.db.asDb());
  }

  async startFile(name: string, format: ImportFormat): Promise<void> {
    const batchId = this.writer ? await this.writer.startBatch(name, format) : null;
    this.files.push({ name, format, sha256: "", counts: emptyImportCounts(), batchId });
  }

  /** Ends the current file with what its parser found. */
  endFile(parsed: Pick<ParsedFile, "sha256" | "recordCount" | "errors" | "format">): void {
    const file = this.files[this.files.length - 1]!;
    file.sha256 = parsed.sha256;
    file.format = parsed.format;
    file.counts.records = parsed.recordCount;
    this.errors.push(...parsed.errors);
  }

  private get failed(): boolean {
    return this.errors.length > 0;
  }

  /** The countries and regions records are resolved against (loaded by `init`). */
  get referenceData(): Reference {
    return this.reference;
  }

  async addRecords(records: ParsedRecord[]): Promise<void> {
    const fileIndex = this.files.length - 1;
    const resolved = resolveRecords(records, { index: fileIndex, name: this.files[fileIndex]!.name }, this.reference);
    await this.addResolved(resolved, (i) => textOfNormalised(resolved.normalisedSummaries[i]!));
  }

  /** A chunk a worker thread resolved and hashed (`prepare-worker.ts`): the same steps from grouping on. */
  async addPrepared(chunk: PreparedChunk): Promise<void> {
    relinkCountries(chunk, this.reference);
    await this.addResolved(chunk.resolved, preparedText(chunk));
  }

  private async addResolved(resolved: Omit<Resolved, "normalisedSummaries">, textOf: TextOf): Promise<void> {
    this.errors.push(...resolved.errors);
    this.warnings.push(...resolved.warnings);
    this.validRecords += resolved.records.length;
    // With errors nothing will be written: reading on only to report every error.
    if (this.failed) return;

    const { created, placed } = groupChunk(this.grouper, resolved, textOf, this.files);
    await this.lookups.load(
      created.map((g) => g.rep.country.id),
      resolved.records.map((r) => r.fingerprint),
    );
    await matchChunk(created, this.lookups, this.claimed);
    const added = created.filter((g) => g.action!.kind === "add");
    const topics = planTopics(
      added.flatMap((g) => [...g.topics]),
      this.lookups,
      this.newTopics,
    );
    const institutions = planInstitutions(added, this.lookups, this.newInstitutions);
    if (!this.writer) {
      releaseSummaries(created, true);
      return;
    }

    await this.writer.createTopics(topics, this.lookups);
    await this.writer.createInstitutions(institutions, this.lookups);
    const sources = provenanceToWrite(placed, this.lookups);
    await this.writer.writeChunk(added, sources, this.lookups, (file) => this.files[file]!.batchId!);
    countSearchTerms(
      added.map((g) => `${g.title ?? ""} ${g.summary!}`),
      this.vocabulary,
    );
    releaseSummaries(created, false);
  }

  /** Compares, proposes candidates, writes the rest; the report. Throws nothing for input errors. */
  async finish(): Promise<ImportReport> {
    if (this.failed) {
      await this.db.drain().catch(() => {}); // the caller rolls back; statements in flight must end first
      return this.report([], [], false);
    }
    const groups = this.grouper.groups;
    const { updates, conflicts } = compareMatched(groups, this.lookups);
    const grown = grownGroups(groups);
    const laterTopics = planTopics(laterTopicLabels(updates, grown), this.lookups, this.newTopics);
    // Candidates read the new practices' texts back: every chunk's inserts must be in.
    if (this.writer) {
      await this.db.drain();
      const added = groups.filter((g) => g.action!.kind === "add").length;
      if (added >= 1000 && added >= this.lookups.maxId / 10) await analyzeGrownTables(this.db.asDb());
    }
    const found = await findCandidates(this.db, groups, this.lookups);
    const candidates = await withoutKnownPairs(this.db, found.candidates);
    await this.lookups.loadImportedFiles(
      this.files.map((f) => f.sha256),
      this.files.flatMap((f) => (f.batchId === null ? [] : [f.batchId])),
    );

    if (this.writer) {
      const db = this.writer.db;
      const batchOf = (file: number) => this.files[file]!.batchId!;
      await this.writer.createTopics(laterTopics, this.lookups);
      // The new and updated practices' words for "did you mean", in one upsert.
      countSearchTerms(await updatedTexts(db, updates), this.vocabulary);
      await addSearchTermCounts(db.asDb(), this.vocabulary);
      await addLateTopics(db, grown, this.lookups);
      await updatePractices(db, updates, this.lookups, batchOf, this.writer.options, (id) => this.topicName(id));
      await saveSignatures(db, updates, found.recomputed);
      await insertCandidates(db, candidates, batchOf);
      await insertConflicts(db, conflicts, batchOf);
      countByFile(this.files, groups, candidates, conflicts);
      await finishBatches(
        db,
        this.files.map((f) => ({ id: f.batchId!, sha256: f.sha256, counts: f.counts })),
        this.writer.options,
      );
      await restoreDeferred(db.asDb(), this.deferred);
      await db.drain();
    } else {
      countByFile(this.files, groups, candidates, conflicts);
    }
    return this.report(candidates, conflicts, true);
  }

  private topicName(id: number): string {
    return (
      this.lookups.topics.get(id)?.name ??
      [...this.newTopics.values()].find((t) => this.lookups.topicByKey.get(t.key) === id)?.label ??
      String(id)
    );
  }

  private report(candidates: PlannedCandidate[], conflicts: Conflict[], counted: boolean): ImportReport {
    return buildReport({
      files: this.files,
      groups: this.grouper.groups,
      counted,
      validRecords: this.validRecords,
      candidates,
      conflicts,
      errors: this.errors,
      warnings: this.warnings,
      dryRun: this.writer === null,
      lookups: this.lookups,
      newTopics: this.newTopics,
      newInstitutions: this.newInstitutions.size,
    });
  }
}
