// The steps an import takes once every record is read, before it writes the rest.
import { sql } from "drizzle-orm";
import type { Executor } from "./executor";
import type { Lookups } from "./lookups";
import { compareGroup } from "./match";
import type { Changes, Conflict, Group } from "./types";
import type { ExistingPractice } from "./lookups";

export interface PlannedUpdate {
  group: Group;
  practice: ExistingPractice;
  changes: Changes;
}

/** Compares each matched group with its practice (topics complete now): an update, or unchanged; conflicts collected. */
export function compareMatched(
  groups: readonly Group[],
  lookups: Lookups,
): { updates: PlannedUpdate[]; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const updates: PlannedUpdate[] = [];
  for (const group of groups) {
    let action = group.action!;
    if (action.kind === "matched")
      action = group.action = compareGroup(group, action.practice, action.via, lookups, conflicts);
    if (action.kind === "update") updates.push({ group, practice: action.practice, changes: action.changes });
  }
  return { updates, conflicts };
}

/** Topic labels that updates bring, and that repeats brought after their new practice was written. */
export function laterTopicLabels(updates: PlannedUpdate[], grown: Group[]): Array<[string, string]> {
  return [
    ...updates.flatMap((u) =>
      (u.changes.topicKeys ?? []).map((key) => [key, u.group.topics.get(key)!] as [string, string]),
    ),
    ...grown.flatMap((g) => [...g.topics]),
  ];
}

/** New practices whose repeats brought topics after the practice was inserted. */
export function grownGroups(groups: readonly Group[]): Group[] {
  return groups.filter((g) => g.action!.kind === "add" && g.topics.size > g.insertedTopics);
}

/**
 * The texts of updated practices, for the search vocabulary ("did you mean"); new practices' words
 * are counted as their chunks are written. A practice whose summary the update keeps is read back.
 */
export async function updatedTexts(db: Executor, updates: readonly PlannedUpdate[]): Promise<string[]> {
  const unread = updates.filter((u) => u.changes.summary === undefined && !u.practice.text).map((u) => u.practice.id);
  const summaries = new Map<number, string>();
  for (let i = 0; i < unread.length; i += 5000) {
    const ids = unread.slice(i, i + 5000);
    const rows = await db.execute<{ id: number; summary: string }>(
      sql`select id, summary from practices where id = any(${sql.param(ids)}::int[])`,
    );
    for (const row of rows) summaries.set(row.id, row.summary);
  }
  return updates.map(({ practice, changes }) => {
    const summary = changes.summary ?? practice.text?.summary ?? summaries.get(practice.id) ?? "";
    return `${changes.title ?? practice.title ?? ""} ${summary}`;
  });
}
