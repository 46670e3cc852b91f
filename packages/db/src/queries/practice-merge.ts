// Merging two practices into one, and undoing it: the survivor takes the chosen fields, the merged
// practice keeps its sources and its address redirects to the survivor.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { practices } from "../schema";
import { recordAudit } from "./audit";
import {
  CurationError,
  pick,
  readState,
  snapshotOf,
  writeChanges,
  changedFields,
  type PracticeSnapshot,
  type PracticeState,
} from "./practice-snapshot";
import { addSearchTerms } from "./search-terms";

/** Which side each merged field takes; topics are united unless the editor chose a side. */
export type MergeChoices = Partial<Record<Exclude<keyof PracticeSnapshot, "topics">, "survivor" | "other">> & {
  topics?: "union" | "survivor" | "other";
};

/** The survivor's values after a merge, from the editor's choices. */
export function mergedValues(
  survivor: PracticeSnapshot,
  other: PracticeSnapshot,
  choices: MergeChoices,
): Partial<PracticeSnapshot> {
  const values: Record<string, unknown> = {};
  for (const [field, side] of Object.entries(choices)) {
    if (field === "topics") continue;
    if (side === "other") values[field] = other[field as keyof PracticeSnapshot];
  }
  const topics = choices.topics ?? "union";
  values.topics =
    topics === "other"
      ? other.topics
      : topics === "survivor"
        ? survivor.topics
        : [...new Set([...survivor.topics, ...other.topics])];
  if (values.status === "merged") delete values.status;
  return values as Partial<PracticeSnapshot>;
}

export interface MergeParams {
  survivorId: number;
  otherId: number;
  survivorVersion: number;
  otherVersion: number;
  choices: MergeChoices;
  actorId: number;
}

/**
 * Merges `otherId` into `survivorId`: the survivor takes the chosen values, the other becomes
 * "merged" (its public URL redirects to the survivor) and keeps its sources, so re-importing its
 * record maps to the survivor. Practices already merged into the other now point at the survivor.
 * Refused with "conflict" when either practice changed since the editor looked at them.
 */
export async function mergePractices(
  db: Db,
  params: MergeParams,
): Promise<
  { status: "merged"; survivorVersion: number } | { status: "conflict"; survivor: PracticeState; other: PracticeState }
> {
  if (params.survivorId === params.otherId) throw new CurationError("A practice cannot be merged into itself.");
  return db.transaction(async (tx) => {
    // Lock in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [params.survivorId, params.otherId].sort((a, b) => a - b) as [number, number];
    const locked = new Map<number, PracticeState | null>([
      [first, await readState(tx, first, { lock: true })],
      [second, await readState(tx, second, { lock: true })],
    ]);
    const survivor = locked.get(params.survivorId);
    const other = locked.get(params.otherId);
    if (!survivor || !other) throw new CurationError("One of these practices no longer exists.");
    if (survivor.status === "merged" || other.status === "merged")
      throw new CurationError("One of these practices has already been merged.");
    if (survivor.version !== params.survivorVersion || other.version !== params.otherVersion)
      return { status: "conflict", survivor, other };

    const values = mergedValues(survivor, other, params.choices);
    const fields = changedFields(survivor, values);
    const changes = pick(values, fields);
    const survivorVersion = await writeChanges(tx, survivor, changes, { actorId: params.actorId, curate: true });
    const repointed = await tx.execute<{ id: number }>(sql`
      update practices set merged_into_id = ${survivor.id}, version = version + 1, updated_at = now()
      where merged_into_id = ${other.id} returning id`);
    await tx
      .update(practices)
      .set({
        status: "merged",
        mergedIntoId: survivor.id,
        version: sql`${practices.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(practices.id, other.id));

    const [a, b] = [survivor.id, other.id].sort((x, y) => x - y) as [number, number];
    await tx.execute(sql`
      insert into duplicate_candidates (practice_a_id, practice_b_id, score, method, status, decided_by_id, decided_at)
      select ${a}, ${b}, similarity(pa.summary, pb.summary), 'editor', 'merged', ${params.actorId}, now()
      from practices pa, practices pb where pa.id = ${a} and pb.id = ${b}
      on conflict (practice_a_id, practice_b_id)
      do update set status = 'merged', decided_by_id = excluded.decided_by_id, decided_at = excluded.decided_at`);

    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.merge",
      subjectType: "practice",
      subjectId: survivor.id,
      before: { version: survivor.version, ...pick(snapshotOf(survivor), fields) },
      after: {
        version: survivorVersion,
        ...changes,
        merged: { id: other.id, slug: other.slug },
        repointed: repointed.map((r) => r.id),
      },
    });
    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.merged_into",
      subjectType: "practice",
      subjectId: other.id,
      before: { version: other.version, status: other.status },
      after: {
        version: other.version + 1,
        status: "merged",
        mergedIntoId: survivor.id,
        survivor: { id: survivor.id, slug: survivor.slug },
      },
    });
    if (changes.title !== undefined || changes.summary !== undefined) {
      await addSearchTerms(tx, [`${changes.title ?? survivor.title ?? ""} ${changes.summary ?? survivor.summary}`]);
    }
    return { status: "merged", survivorVersion };
  });
}

/**
 * Undoes the latest merge of `mergedId`: it is live again with its former status, practices that
 * were re-pointed go back to it, and the survivor's fields the merge changed are restored unless
 * someone edited them since (those are kept, and listed in `kept`). A proposed candidate is open again.
 */
export async function unmergePractice(
  db: Db,
  params: { mergedId: number; actorId: number },
): Promise<{ survivorId: number; kept: string[] }> {
  return db.transaction(async (tx) => {
    const merged = await readState(tx, params.mergedId, { lock: true });
    if (!merged || merged.status !== "merged" || merged.mergedIntoId === null)
      throw new CurationError("This practice is not merged.");
    const survivorId = merged.mergedIntoId;
    const survivor = await readState(tx, survivorId, { lock: true });
    if (!survivor) throw new CurationError("The surviving practice no longer exists.");
    const [intoEvent] = await tx.execute<{ before: { status?: string } | null }>(sql`
      select before from audit_events
      where subject_type = 'practice' and subject_id = ${merged.id} and action = 'practice.merged_into'
      order by at desc, id desc limit 1`);
    const [mergeEvent] = await tx.execute<{ before: Record<string, unknown>; after: Record<string, unknown> }>(sql`
      select before, after from audit_events
      where subject_type = 'practice' and subject_id = ${survivorId} and action = 'practice.merge'
        and (after -> 'merged' ->> 'id')::int = ${merged.id}
      order by at desc, id desc limit 1`);
    const twin = await tx.execute(
      sql`select 1 from practices where fingerprint = ${merged.fingerprint} and status <> 'merged' and id <> ${merged.id}`,
    );
    if (twin.length)
      throw new CurationError("Another live practice now has this practice's fingerprint; it cannot come back.");

    const status = intoEvent?.before?.status;
    const restoredStatus = status === "draft" || status === "withdrawn" ? status : "published";
    await tx.execute(sql`
      update practices set status = ${restoredStatus}, merged_into_id = null, version = version + 1, updated_at = now()
      where id = ${merged.id}`);
    const repointed = Array.isArray(mergeEvent?.after.repointed) ? (mergeEvent.after.repointed as number[]) : [];
    if (repointed.length) {
      await tx.execute(sql`update practices set merged_into_id = ${merged.id}, version = version + 1, updated_at = now()
        where id = any(${sql.param(repointed)}::int[]) and merged_into_id = ${survivorId}`);
    }

    // Restore what the merge changed on the survivor, where nobody has changed it since.
    const restore: Partial<PracticeSnapshot> = {};
    const kept: string[] = [];
    if (mergeEvent) {
      const current = snapshotOf(survivor) as unknown as Record<string, unknown>;
      for (const [field, before] of Object.entries(mergeEvent.before)) {
        if (field === "version" || !(field in current)) continue;
        const after = mergeEvent.after[field];
        if (changedFields(survivor, { [field]: after } as Partial<PracticeSnapshot>).length === 0)
          (restore as Record<string, unknown>)[field] = before;
        else kept.push(field);
      }
    }
    const fields = changedFields(survivor, restore);
    const survivorVersion = fields.length
      ? await writeChanges(tx, survivor, pick(restore, fields), { actorId: params.actorId, curate: true })
      : survivor.version;

    const [a, b] = [survivorId, merged.id].sort((x, y) => x - y) as [number, number];
    // A pair an import proposed goes back to the queue; a pair an editor picked by search was never
    // proposed, so it goes away, as before the merge.
    await tx.execute(
      sql`delete from duplicate_candidates where practice_a_id = ${a} and practice_b_id = ${b} and method = 'editor'`,
    );
    await tx.execute(sql`update duplicate_candidates set status = 'open', decided_by_id = null, decided_at = null
      where practice_a_id = ${a} and practice_b_id = ${b}`);
    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.unmerge",
      subjectType: "practice",
      subjectId: merged.id,
      before: { version: merged.version, status: "merged", mergedIntoId: survivorId },
      after: { version: merged.version + 1, status: restoredStatus },
    });
    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.unmerge",
      subjectType: "practice",
      subjectId: survivorId,
      before: { version: survivor.version, ...pick(snapshotOf(survivor), fields) },
      after: { version: survivorVersion, ...pick(restore, fields), unmerged: { id: merged.id, slug: merged.slug } },
      note: kept.length ? `Kept later edits of: ${kept.join(", ")}.` : null,
    });
    return { survivorId, kept };
  });
}
