// The steps an import takes once every record is read, before it writes the rest.
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

/** The texts of new and updated practices, for the search vocabulary ("did you mean"). */
export function* searchTexts(groups: readonly Group[]): Generator<string> {
  for (const g of groups) {
    const action = g.action!;
    if (action.kind === "add") yield `${g.title ?? ""} ${g.rep.record.summary}`;
    else if (action.kind === "update")
      yield `${action.changes.title ?? action.practice.title ?? ""} ${action.changes.summary ?? action.practice.summary}`;
  }
}
