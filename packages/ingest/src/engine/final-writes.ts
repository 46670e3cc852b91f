import { recordAuditEvents } from "@gp/db/audit";
import {
  finishImportBatches,
  type ImportCounts,
  openDuplicateCandidates,
  openImportConflicts,
  savePracticeSignatures,
  setPracticeTopics,
  updateImportedPractices,
} from "@gp/db/imports";
import { signatureToBytes } from "../signature-bytes";
import type { PlannedCandidate } from "./candidates";
import type { SerialExecutor } from "./executor";
import type { ExistingPractice, Lookups } from "./lookups";
import { CANDIDATE_METHOD } from "./thresholds";
import { signatureOfGroup } from "./grouper";
import type { Changes, Conflict, Group } from "./types";
import { StaleSnapshotError, topicIds, type WriteOptions } from "./writer";

/**
 * Updates practices edited upstream (or whose topics changed), in one statement, with the version
 * read: a practice an editor saved meanwhile makes the import start over. Topic rows follow in one
 * statement. Each update gets its revision (an audit event of the batch, before and after).
 */
export async function updatePractices(
  executor: SerialExecutor,
  updates: Array<{ group: Group; practice: ExistingPractice; changes: Changes }>,
  lookups: Lookups,
  batchOfFile: (file: number) => number,
  options: WriteOptions,
  topicName: (id: number) => string,
): Promise<void> {
  if (updates.length === 0) return;
  const db = executor.asDb();
  const topics = updates.map((u) => (u.changes.topicKeys ? topicIds(u.changes.topicKeys, lookups) : null));
  const updated = await updateImportedPractices(
    db,
    updates.map((u, i) => ({
      id: u.practice.id,
      version: u.practice.version,
      summary: u.changes.summary ?? null,
      fingerprint: u.changes.fingerprint ?? null,
      title: u.changes.title ?? null,
      awardDistinction: u.changes.awardDistinction ?? null,
      topicIds: topics[i] ?? null,
    })),
  );
  if (updated !== updates.length)
    throw new StaleSnapshotError("A practice changed while the import was being planned.");
  await setPracticeTopics(
    db,
    updates.flatMap((u, i) => (topics[i] ? [{ id: u.practice.id, topicIds: topics[i] }] : [])),
  );

  // The revision: the changed fields before and after, by this batch.
  await recordAuditEvents(
    db,
    updates.map((u, i) => {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const { changes, practice } = u;
      if (changes.summary !== undefined) [before.summary, after.summary] = [practice.text!.summary, changes.summary];
      if (changes.fingerprint !== undefined)
        [before.fingerprint, after.fingerprint] = [practice.fingerprint, changes.fingerprint];
      if (changes.title !== undefined) [before.title, after.title] = [practice.title, changes.title];
      if (changes.awardDistinction !== undefined)
        [before.awardDistinction, after.awardDistinction] = [practice.awardDistinction, changes.awardDistinction];
      if (topics[i]) {
        before.topics = practice.topicIds.map(topicName);
        after.topics = [...new Set(topics[i])].sort((a, b) => a - b).map(topicName);
      }
      return {
        userId: options.userId,
        batchId: batchOfFile(u.group.rep.file),
        action: "practice.update",
        subjectType: "practice",
        subjectId: practice.id,
        before,
        after,
      };
    }),
  );
}

/**
 * Stores the signatures later imports compare without reading texts: those of summaries edited
 * upstream, and those computed again for practices whose stored one was missing or out of date.
 */
export async function saveSignatures(
  executor: SerialExecutor,
  updates: Array<{ group: Group; changes: Changes; practice: ExistingPractice }>,
  recomputed: Array<{ id: number; signature: Uint32Array }>,
): Promise<void> {
  const rows = [
    ...updates
      .filter((u) => u.changes.summary !== undefined)
      .map((u) => ({ id: u.practice.id, signature: signatureOfGroup(u.group) })),
    ...recomputed,
  ];
  await savePracticeSignatures(
    executor.asDb(),
    rows.map((r) => ({ id: r.id, signature: signatureToBytes(r.signature) })),
  );
}

/** Topics that repeats read after a new practice was inserted: added to it (rare). */
export async function addLateTopics(executor: SerialExecutor, groups: Group[], lookups: Lookups): Promise<void> {
  await setPracticeTopics(
    executor.asDb(),
    groups.map((g) => ({ id: g.practiceId!, topicIds: topicIds(g.topics.keys(), lookups) })),
  );
}

export async function insertCandidates(
  executor: SerialExecutor,
  candidates: PlannedCandidate[],
  batchOfFile: (file: number) => number,
): Promise<void> {
  const id = (side: PlannedCandidate["a"]) => side.practice?.id ?? side.group!.practiceId!;
  await openDuplicateCandidates(
    executor.asDb(),
    candidates.map((c) => ({
      a: id(c.a),
      b: id(c.b),
      score: c.score,
      method: CANDIDATE_METHOD,
      batchId: batchOfFile(c.group.rep.file),
    })),
  );
}

export async function insertConflicts(
  executor: SerialExecutor,
  conflicts: Conflict[],
  batchOfFile: (file: number) => number,
): Promise<void> {
  await openImportConflicts(
    executor.asDb(),
    conflicts.map((c) => ({
      batchId: batchOfFile(c.group.rep.file),
      practiceId: c.practice.id,
      field: c.field,
      current: c.current,
      imported: c.imported,
    })),
  );
}

/** Each batch gets its sha256, counts, finish time and an audit event. */
export async function finishBatches(
  executor: SerialExecutor,
  batches: Array<{ id: number; sha256: string; counts: ImportCounts }>,
  options: WriteOptions,
): Promise<void> {
  const db = executor.asDb();
  await finishImportBatches(db, batches);
  await recordAuditEvents(
    db,
    batches.map((b) => ({
      userId: options.userId,
      batchId: b.id,
      action: "import.apply",
      subjectType: "import_batch",
      subjectId: b.id,
      after: b.counts,
    })),
  );
}
