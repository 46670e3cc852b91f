import type { Db } from "@gp/db";
import { addSearchTerms } from "@gp/db/search";
import { derivedTitle, matchKey } from "@gp/db/text";
import { sql } from "drizzle-orm";
import type { ParsedFile, ParsedRecord } from "../parse";
import type { ImportError, ImportFormat } from "../record";
import { loadReference, type Reference } from "../reference";
import { DETAIL_LIMIT, type ImportReport, type PracticeRef } from "../report";
import { resolveRecords } from "../resolve";
import { minhash, shinglesOfNormalised } from "../similarity";
import { bundledParent } from "../topic-tree";
import { findCandidates, type PlannedCandidate, type Side } from "./candidates";
import { emptyCounts, type FileCounts } from "./counts";
import { SerialExecutor } from "./executor";
import { addLateTopics, finishBatches, insertCandidates, insertConflicts, updatePractices } from "./final-writes";
import { type Group, Grouper } from "./grouper";
import { Lookups } from "./lookups";
import { compareGroup, type Conflict, matchGroup, SignatureCache } from "./match";
import { CANDIDATE_METHOD } from "./thresholds";
import { ChunkWriter, type NewInstitution, type NewTopic, type WriteOptions } from "./writer";

interface FileState {
  name: string;
  format: ImportFormat;
  sha256: string;
  counts: FileCounts;
  batchId: number | null;
}

/**
 * One import, fed chunk by chunk as the input streams: resolves, groups and matches each chunk
 * against the database, and (unless it is a dry run) writes the new practices of a chunk while the
 * next is read. `finish` compares the matched practices, proposes near-duplicate candidates,
 * writes the rest and returns the report. With errors, it writes nothing more, and the caller
 * rolls the transaction back.
 */
export class Importer {
  private readonly lookups: Lookups;
  private readonly grouper = new Grouper();
  private readonly signatures = new SignatureCache();
  private readonly claimed = new Set<number>();
  private readonly files: FileState[] = [];
  private readonly errors: ImportError[] = [];
  private readonly warnings: ImportError[] = [];
  private readonly newTopics = new Map<string, NewTopic>();
  private readonly newInstitutions = new Set<string>();
  private readonly writer: ChunkWriter | null;
  private readonly db: SerialExecutor;
  private reference!: Reference;
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
  }

  async startFile(name: string, format: ImportFormat): Promise<void> {
    const batchId = this.writer ? await this.writer.startBatch(name, format) : null;
    this.files.push({ name, format, sha256: "", counts: emptyCounts(), batchId });
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

  async addRecords(records: ParsedRecord[]): Promise<void> {
    const fileIndex = this.files.length - 1;
    const resolved = resolveRecords(records, { index: fileIndex, name: this.files[fileIndex]!.name }, this.reference);
    this.errors.push(...resolved.errors);
    this.warnings.push(...resolved.warnings);
    this.validRecords += resolved.records.length;
    // With errors nothing will be written: reading on only to report every error.
    if (this.failed) return;

    const created: Group[] = [];
    const placed = resolved.records.map((record, i) => {
      const { group, created: isNew } = this.grouper.add(record, () =>
        minhash(shinglesOfNormalised(resolved.normalisedSummaries[i]!)),
      );
      if (isNew) created.push(group);
      else this.files[record.file]!.counts.duplicatesInFile++;
      return { record, group };
    });
    await this.lookups.load(
      created.map((g) => g.rep.country.id),
      resolved.records.map((r) => r.fingerprint),
    );
    for (const group of created) {
      group.action = matchGroup(group, this.lookups, this.signatures, this.claimed);
      if (group.action.kind !== "add") group.practiceId = group.action.practice.id;
    }
    const added = created.filter((g) => g.action!.kind === "add");
    const topics = this.plannedTopics(added.flatMap((g) => [...g.topics]));
    const institutions = this.plannedInstitutions(added);
    if (!this.writer) return;

    await this.writer.createTopics(topics, this.lookups);
    await this.writer.createInstitutions(institutions, this.lookups);
    // Provenance for every record, except one an earlier batch already recorded for its practice.
    const sources = placed.filter(({ record, group }) => {
      if (group.action!.kind === "add") return true;
      const known = this.lookups.bySourceFingerprint.get(record.fingerprint) ?? [];
      return !known.some((id) => this.lookups.survivor(id)?.id === group.practiceId);
    });
    await this.writer.writeChunk(added, sources, this.lookups, (file) => this.files[file]!.batchId!);
  }

  /** Topics the import must create for these labels, with their parents from the bundled tree. */
  private plannedTopics(labels: Array<[key: string, label: string]>): NewTopic[] {
    const planned: NewTopic[] = [];
    const plan = (key: string, label: string, parentKey: string | null) => {
      const topic = { key, label, parentKey };
      this.newTopics.set(key, topic);
      planned.push(topic);
    };
    for (const [key, label] of labels) {
      if (this.lookups.topicByKey.has(key) || this.newTopics.has(key)) continue;
      const parentLabel = bundledParent(label);
      const parentKey = parentLabel === null ? null : matchKey(parentLabel);
      if (parentKey !== null && !this.lookups.topicByKey.has(parentKey) && !this.newTopics.has(parentKey))
        plan(parentKey, parentLabel!, null);
      plan(key, label, parentKey);
    }
    return planned;
  }

  private plannedInstitutions(groups: Group[]): NewInstitution[] {
    const planned: NewInstitution[] = [];
    for (const { rep } of groups) {
      const key = `${rep.country.id}|${rep.institutionKey}`;
      if (this.lookups.institutionByKey.has(key) || this.newInstitutions.has(key)) continue;
      this.newInstitutions.add(key);
      planned.push({
        countryId: rep.country.id,
        countryCode: rep.country.code,
        key: rep.institutionKey,
        name: rep.record.institution,
      });
    }
    return planned;
  }

  /** Compares, proposes candidates, writes the rest; the report. Throws nothing for input errors. */
  async finish(): Promise<ImportReport> {
    if (this.failed) {
      await this.db.drain().catch(() => {}); // the caller rolls back; statements in flight must end first
      return this.report([], [], false);
    }
    const groups = this.grouper.groups;
    const conflicts: Conflict[] = [];
    for (const group of groups) {
      const action = group.action!;
      if (action.kind === "matched")
        group.action = compareGroup(group, action.practice, action.via, this.lookups, conflicts);
    }
    const updates = groups.flatMap((group) =>
      group.action!.kind === "update"
        ? [{ group, ...(group.action as Extract<Group["action"], { kind: "update" }>) }]
        : [],
    );
    // Topics that updates bring, and that repeats brought after their new practice was written.
    const grown = groups.filter((g) => g.action!.kind === "add" && g.topics.size > g.insertedTopics);
    const laterTopics = this.plannedTopics([
      ...updates.flatMap((u) =>
        (u.changes.topicKeys ?? []).map((key) => [key, u.group.topics.get(key)!] as [string, string]),
      ),
      ...grown.flatMap((g) => [...g.topics]),
    ]);
    const candidates = await this.withoutKnownPairs(findCandidates(groups, this.lookups, this.signatures));
    await this.lookups.loadImportedFiles(
      this.files.map((f) => f.sha256),
      this.files.flatMap((f) => (f.batchId === null ? [] : [f.batchId])),
    );

    if (this.writer) {
      const db = this.writer.db;
      const batchOf = (file: number) => this.files[file]!.batchId!;
      await this.writer.createTopics(laterTopics, this.lookups);
      // The new and updated practices' words for "did you mean", in one upsert: counted here while
      // PostgreSQL still writes the last chunks (a failure surfaces at drain).
      const texts = groups.flatMap((g) => {
        const action = g.action!;
        if (action.kind === "add") return [`${g.title ?? ""} ${g.rep.record.summary}`];
        if (action.kind === "update")
          return [
            `${action.changes.title ?? action.practice.title ?? ""} ${action.changes.summary ?? action.practice.summary}`,
          ];
        return [];
      });
      addSearchTerms(db.asDb(), texts).catch(() => {});
      await db.drain(); // every chunk's inserts are in, and the new practices' ids known
      await addLateTopics(db, grown, this.lookups);
      const topicName = (id: number) =>
        this.lookups.topics.get(id)?.name ??
        [...this.newTopics.values()].find((t) => this.lookups.topicByKey.get(t.key) === id)?.label ??
        String(id);
      await updatePractices(db, updates, this.lookups, batchOf, this.writer.options, topicName);
      await insertCandidates(db, candidates, batchOf);
      await insertConflicts(db, conflicts, batchOf);
      this.countByFile(candidates, conflicts);
      await finishBatches(
        db,
        this.files.map((f) => ({ id: f.batchId!, sha256: f.sha256, counts: f.counts })),
        this.writer.options,
      );
      await db.drain();
    } else {
      this.countByFile(candidates, conflicts);
    }
    return this.report(candidates, conflicts, true);
  }

  /** A pair editors already saw (open, merged or dismissed) is never proposed again. */
  private async withoutKnownPairs(candidates: PlannedCandidate[]): Promise<PlannedCandidate[]> {
    const both = candidates.filter((c) => c.a.practice && c.b.practice);
    if (both.length === 0) return candidates;
    const low = both.map((c) => Math.min(c.a.practice!.id, c.b.practice!.id));
    const high = both.map((c) => Math.max(c.a.practice!.id, c.b.practice!.id));
    const rows = await this.db.execute<{ a: number; b: number }>(sql`
      select d.practice_a_id as a, d.practice_b_id as b from duplicate_candidates d
      join unnest(${sql.param(low)}::int[], ${sql.param(high)}::int[]) as v(a, b) on d.practice_a_id = v.a and d.practice_b_id = v.b`);
    const known = new Set(rows.map((r) => `${r.a}|${r.b}`));
    return candidates.filter((c) => {
      if (!c.a.practice || !c.b.practice) return true;
      return !known.has(`${Math.min(c.a.practice.id, c.b.practice.id)}|${Math.max(c.a.practice.id, c.b.practice.id)}`);
    });
  }

  private countByFile(candidates: PlannedCandidate[], conflicts: Conflict[]): void {
    for (const group of this.grouper.groups) {
      const kind = group.action!.kind;
      this.files[group.rep.file]!.counts[kind === "add" ? "added" : kind === "update" ? "updated" : "unchanged"]++;
    }
    for (const c of candidates) this.files[c.group.rep.file]!.counts.candidates++;
    for (const c of conflicts) this.files[c.group.rep.file]!.counts.conflicts++;
  }

  private refOfGroup(group: Group): PracticeRef {
    const { rep } = group;
    return {
      id: group.practiceId,
      title: group.title ?? derivedTitle(rep.record.summary),
      file: this.files[rep.file]!.name,
      line: rep.line,
    };
  }

  private refOfSide(side: Side, brought: Group): PracticeRef {
    if (side.group) return this.refOfGroup(side.group);
    if (brought.practiceId === side.practice.id) return this.refOfGroup(brought);
    return { id: side.practice.id, title: side.practice.title ?? derivedTitle(side.practice.summary) };
  }

  private report(candidates: PlannedCandidate[], conflicts: Conflict[], counted: boolean): ImportReport {
    const groups = counted ? this.grouper.groups : [];
    const count = (kind: string) => groups.filter((g) => g.action!.kind === kind).length;
    const errors = this.errors.sort((a, b) => this.fileOrder(a) - this.fileOrder(b) || a.line - b.line);
    return {
      records: this.files.reduce((n, f) => n + f.counts.records, 0),
      duplicatesInFile: counted ? this.validRecords - groups.length : 0,
      added: count("add"),
      updated: count("update"),
      unchanged: count("unchanged"),
      candidates: candidates.length,
      conflicts: conflicts.length,
      errors,
      warnings: this.warnings,
      dryRun: this.writer === null,
      files: this.files.map((f) => ({
        name: f.name,
        sha256: f.sha256,
        format: f.format,
        records: f.counts.records,
        batchId: counted ? f.batchId : null,
        previouslyImported: this.lookups.importedFiles.has(f.sha256),
      })),
      updates: groups
        .filter((g) => g.action!.kind === "update")
        .slice(0, DETAIL_LIMIT)
        .map((g) => {
          const changes = (g.action as Extract<Group["action"], { kind: "update" }>).changes;
          return {
            practice: this.refOfGroup(g),
            fields: Object.keys(changes).map((f) => (f === "topicKeys" ? "topics" : f)),
          };
        }),
      candidatePairs: candidates.slice(0, DETAIL_LIMIT).map((c) => ({
        a: this.refOfSide(c.a, c.group),
        b: this.refOfSide(c.b, c.group),
        score: c.score,
        method: CANDIDATE_METHOD,
      })),
      conflictList: conflicts.slice(0, DETAIL_LIMIT).map((c) => ({
        practice: { ...this.refOfGroup(c.group), id: c.practice.id },
        field: c.field,
        current: c.current,
        imported: c.imported,
      })),
      newTopics: counted ? [...this.newTopics.values()].map((t) => this.topicPath(t)) : [],
      newInstitutions: counted ? this.newInstitutions.size : 0,
    };
  }

  private fileOrder(error: ImportError): number {
    const index = this.files.findIndex((f) => f.name === error.file);
    return index < 0 ? this.files.length : index;
  }

  private topicPath(topic: NewTopic): string {
    if (topic.parentKey === null) return topic.label;
    const parent =
      this.newTopics.get(topic.parentKey)?.label ??
      this.lookups.topics.get(this.lookups.topicByKey.get(topic.parentKey) ?? -1)?.name;
    return parent ? `${parent} > ${topic.label}` : topic.label;
  }
}
