import type { Db } from "@gp/db";
import { derivedTitle, matchKey } from "@gp/db/text";
import { sql } from "drizzle-orm";
import type { ParsedFile } from "../parse";
import type { ImportError } from "../record";
import { loadReference } from "../reference";
import { DETAIL_LIMIT, type ImportReport, type PracticeRef } from "../report";
import { type NormalisedRecord, resolveRecords } from "../resolve";
import { bundledParent } from "../topic-tree";
import { findCandidates, type PlannedCandidate, type Side } from "./candidates";
import { type Group, groupRecords } from "./group";
import { type Action, type Conflict, matchGroups, SignatureCache } from "./match";
import { loadSnapshot, type Snapshot } from "./snapshot";
import { CANDIDATE_METHOD } from "./thresholds";

export interface NewTopic {
  key: string;
  label: string;
  /** Key of its parent (an existing topic, or another new one listed before it). */
  parentKey: string | null;
}

export interface NewInstitution {
  countryId: number;
  countryCode: string;
  key: string;
  name: string;
}

/** Everything an import will do, decided against the database as it is now. */
export interface Decision {
  files: readonly ParsedFile[];
  errors: ImportError[];
  warnings: ImportError[];
  records: NormalisedRecord[];
  groups: Group[];
  actions: Action[];
  conflicts: Conflict[];
  candidates: PlannedCandidate[];
  newTopics: NewTopic[];
  newInstitutions: NewInstitution[];
  snapshot: Snapshot | null;
}

/** Resolves, groups and matches parsed files against the database: the plan's substance. Reads only. */
export async function decide(db: Db, files: readonly ParsedFile[]): Promise<Decision> {
  const reference = await loadReference(db);
  const resolved = resolveRecords(files, reference);
  const errors = [...files.flatMap((f) => f.errors), ...resolved.errors].sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.line - b.line,
  );
  const empty = { groups: [], actions: [], conflicts: [], candidates: [], newTopics: [], newInstitutions: [], snapshot: null };
  if (errors.length > 0) return { files, errors, warnings: resolved.warnings, records: resolved.records, ...empty };

  const groups = groupRecords(resolved.records);
  const snapshot = await loadSnapshot(db, resolved.records, files.map((f) => f.sha256));
  const signatures = new SignatureCache();
  const { actions, conflicts } = matchGroups(groups, snapshot, signatures);
  const candidates = await withoutKnownPairs(db, findCandidates(groups, actions, snapshot, signatures));
  return {
    files,
    errors,
    warnings: resolved.warnings,
    records: resolved.records,
    groups,
    actions,
    conflicts,
    candidates,
    newTopics: newTopics(groups, actions, snapshot),
    newInstitutions: newInstitutions(groups, actions, snapshot),
    snapshot,
  };
}

/** A pair editors already saw (open, merged or dismissed) is never proposed again. */
async function withoutKnownPairs(db: Db, candidates: PlannedCandidate[]): Promise<PlannedCandidate[]> {
  const existing = candidates.filter((c) => c.a.practiceId !== undefined && c.b.practiceId !== undefined);
  if (existing.length === 0) return candidates;
  const low = existing.map((c) => Math.min(c.a.practiceId!, c.b.practiceId!));
  const high = existing.map((c) => Math.max(c.a.practiceId!, c.b.practiceId!));
  const rows = await db.execute<{ a: number; b: number }>(sql`
    select d.practice_a_id as a, d.practice_b_id as b from duplicate_candidates d
    join unnest(${sql.param(low)}::int[], ${sql.param(high)}::int[]) as v(a, b) on d.practice_a_id = v.a and d.practice_b_id = v.b`);
  const known = new Set(rows.map((r) => `${r.a}|${r.b}`));
  return candidates.filter((c) => {
    if (c.a.practiceId === undefined || c.b.practiceId === undefined) return true;
    return !known.has(`${Math.min(c.a.practiceId, c.b.practiceId)}|${Math.max(c.a.practiceId, c.b.practiceId)}`);
  });
}

/** The groups whose topics the import writes: new practices, and updates that change topics. */
function writtenTopicKeys(group: Group, action: Action): string[] {
  if (action.kind === "add") return [...group.topics.keys()];
  if (action.kind === "update") return action.changes.topicKeys ?? [];
  return [];
}

function newTopics(groups: readonly Group[], actions: readonly Action[], snapshot: Snapshot): NewTopic[] {
  const created = new Map<string, NewTopic>();
  const parents: NewTopic[] = [];
  groups.forEach((group, i) => {
    for (const key of writtenTopicKeys(group, actions[i]!)) {
      if (snapshot.topicByKey.has(key) || created.has(key)) continue;
      const label = group.topics.get(key)!;
      const parentLabel = bundledParent(label);
      const parentKey = parentLabel === null ? null : matchKey(parentLabel);
      if (parentKey !== null && !snapshot.topicByKey.has(parentKey) && !created.has(parentKey)) {
        const parent = { key: parentKey, label: parentLabel!, parentKey: null };
        created.set(parentKey, parent);
        parents.push(parent);
      }
      created.set(key, { key, label, parentKey });
    }
  });
  // Parents first, so that every new topic's parent exists when it is inserted.
  const ordered = [...created.values()].filter((t) => t.parentKey === null || !created.has(t.parentKey));
  for (const topic of created.values()) if (!ordered.includes(topic)) ordered.push(topic);
  return ordered;
}

function newInstitutions(groups: readonly Group[], actions: readonly Action[], snapshot: Snapshot): NewInstitution[] {
  const created = new Map<string, NewInstitution>();
  groups.forEach((group, i) => {
    if (actions[i]!.kind !== "add") return;
    const first = group.members[0]!;
    const key = `${first.country.id}|${first.institutionKey}`;
    if (snapshot.institutionByKey.has(key) || created.has(key)) return;
    created.set(key, { countryId: first.country.id, countryCode: first.country.code, key: first.institutionKey, name: first.record.institution });
  });
  return [...created.values()];
}

/** The report of a decision; `applied` gives the batch ids and the new practices' ids once written. */
export function buildReport(
  decision: Decision,
  applied: { batchIds: number[]; practiceIdOfGroup: (group: number) => number | null } | null,
  dryRun: boolean,
): ImportReport {
  const { files, groups, actions } = decision;
  const refOfGroup = (index: number): PracticeRef => {
    const first = groups[index]!.members[0]!;
    const action = actions[index]!;
    const id = action.kind === "add" ? (applied?.practiceIdOfGroup(index) ?? null) : action.practice.id;
    return { id, title: first.record.title ?? derivedTitle(first.record.summary), file: files[first.file]!.name, line: first.line };
  };
  const refOfSide = (side: Side, group: number): PracticeRef => {
    if (side.group !== undefined) return refOfGroup(side.group);
    const practice = decision.snapshot!.practices.get(side.practiceId)!;
    const own = actions[group]!;
    if (own.kind !== "add" && own.practice.id === side.practiceId) return refOfGroup(group);
    return { id: practice.id, title: practice.title ?? derivedTitle(practice.summary) };
  };
  const records = files.reduce((n, f) => n + f.recordCount, 0);
  const count = (kind: Action["kind"]) => actions.filter((a) => a.kind === kind).length;
  const errorsFound = decision.errors.length > 0;
  return {
    records,
    duplicatesInFile: errorsFound ? 0 : decision.records.length - groups.length,
    added: count("add"),
    updated: count("update"),
    unchanged: count("unchanged"),
    candidates: decision.candidates.length,
    conflicts: decision.conflicts.length,
    errors: decision.errors,
    warnings: decision.warnings,
    dryRun,
    files: files.map((file, i) => ({
      name: file.name,
      sha256: file.sha256,
      format: file.format,
      records: file.recordCount,
      batchId: applied?.batchIds[i] ?? null,
      previouslyImported: decision.snapshot?.importedFiles.has(file.sha256) ?? false,
    })),
    updates: actions
      .flatMap((action, i) => (action.kind === "update" ? [{ i, fields: Object.keys(action.changes).map((f) => (f === "topicKeys" ? "topics" : f)) }] : []))
      .slice(0, DETAIL_LIMIT)
      .map(({ i, fields }) => ({ practice: refOfGroup(i), fields })),
    candidatePairs: decision.candidates.slice(0, DETAIL_LIMIT).map((c) => ({
      a: refOfSide(c.a, c.group),
      b: refOfSide(c.b, c.group),
      score: c.score,
      method: CANDIDATE_METHOD,
    })),
    conflictList: decision.conflicts.slice(0, DETAIL_LIMIT).map((c) => ({
      practice: { ...refOfGroup(c.group), id: c.practice.id },
      field: c.field,
      current: c.current,
      imported: c.imported,
    })),
    newTopics: decision.newTopics.map((t) => {
      const parent = t.parentKey === null ? null : (decision.newTopics.find((n) => n.key === t.parentKey)?.label ?? nameOfTopic(decision, t.parentKey));
      return parent ? `${parent} > ${t.label}` : t.label;
    }),
    newInstitutions: decision.newInstitutions.length,
  };
}

function nameOfTopic(decision: Decision, key: string): string | null {
  const id = decision.snapshot?.topicByKey.get(key);
  return id === undefined ? null : (decision.snapshot!.topics.get(id)?.name ?? null);
}
