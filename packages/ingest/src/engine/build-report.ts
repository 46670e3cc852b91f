import type { ImportError, ImportFormat } from "../record";
import { DETAIL_LIMIT, type ImportReport, type PracticeRef } from "../report";
import type { PlannedCandidate, Side } from "./candidates";
import type { ImportCounts } from "./counts";
import type { Lookups } from "./lookups";
import { CANDIDATE_METHOD } from "./thresholds";
import type { Conflict, Group } from "./types";
import type { NewTopic } from "./writer";

/** One file of an import as the engine tracks it. */
export interface FileState {
  name: string;
  format: ImportFormat;
  sha256: string;
  counts: ImportCounts;
  batchId: number | null;
}

export interface ReportInput {
  files: FileState[];
  /** Every group, or none when the import failed (nothing is counted then). */
  groups: readonly Group[];
  counted: boolean;
  validRecords: number;
  candidates: PlannedCandidate[];
  conflicts: Conflict[];
  errors: ImportError[];
  warnings: ImportError[];
  dryRun: boolean;
  lookups: Lookups;
  newTopics: Map<string, NewTopic>;
  newInstitutions: number;
}

/** The import's report: the counts, and detail lists cut at DETAIL_LIMIT. */
export function buildReport(input: ReportInput): ImportReport {
  const { files, lookups, newTopics, counted } = input;
  const groups = counted ? input.groups : [];
  const count = (kind: string) => groups.filter((g) => g.action!.kind === kind).length;
  const fileOrder = (error: ImportError) => {
    const index = files.findIndex((f) => f.name === error.file);
    return index < 0 ? files.length : index;
  };
  const refOfGroup = (group: Group): PracticeRef => ({
    id: group.practiceId,
    title: group.title ?? group.derivedTitle,
    file: files[group.rep.file]!.name,
    line: group.rep.line,
  });
  const refOfSide = (side: Side, brought: Group): PracticeRef => {
    if (side.group) return refOfGroup(side.group);
    if (brought.practiceId === side.practice.id) return refOfGroup(brought);
    return { id: side.practice.id, title: side.practice.title };
  };
  const topicPath = (topic: NewTopic) => {
    if (topic.parentKey === null) return topic.label;
    const parent =
      newTopics.get(topic.parentKey)?.label ?? lookups.topics.get(lookups.topicByKey.get(topic.parentKey) ?? -1)?.name;
    return parent ? `${parent} > ${topic.label}` : topic.label;
  };
  return {
    records: files.reduce((n, f) => n + f.counts.records, 0),
    duplicatesInFile: counted ? input.validRecords - groups.length : 0,
    added: count("add"),
    updated: count("update"),
    unchanged: count("unchanged"),
    candidates: input.candidates.length,
    conflicts: input.conflicts.length,
    errors: input.errors.sort((a, b) => fileOrder(a) - fileOrder(b) || a.line - b.line),
    warnings: input.warnings,
    dryRun: input.dryRun,
    files: files.map((f) => ({
      name: f.name,
      sha256: f.sha256,
      format: f.format,
      records: f.counts.records,
      batchId: counted ? f.batchId : null,
      previouslyImported: lookups.importedFiles.has(f.sha256),
    })),
    updates: groups
      .flatMap((g) => (g.action!.kind === "update" ? [{ g, changes: g.action!.changes }] : []))
      .slice(0, DETAIL_LIMIT)
      .map(({ g, changes }) => ({
        practice: refOfGroup(g),
        fields: Object.keys(changes).map((f) => (f === "topicKeys" ? "topics" : f)),
      })),
    candidatePairs: input.candidates.slice(0, DETAIL_LIMIT).map((c) => ({
      a: refOfSide(c.a, c.group),
      b: refOfSide(c.b, c.group),
      score: c.score,
      method: CANDIDATE_METHOD,
    })),
    conflictList: input.conflicts.slice(0, DETAIL_LIMIT).map((c) => ({
      practice: { ...refOfGroup(c.group), id: c.practice.id },
      field: c.field,
      current: c.current,
      imported: c.imported,
    })),
    newTopics: counted ? [...newTopics.values()].map(topicPath) : [],
    newInstitutions: counted ? input.newInstitutions : 0,
  };
}
