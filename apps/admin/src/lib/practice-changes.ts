import type { Db } from "@gp/db";
import { curatableFields, namesOf, type NameLookup, type PracticeSnapshot } from "@gp/db/curation";
import { distinctionLabels, fieldLabels, languages, statusLabels } from "./labels";

export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
  /** For a list-valued field (topics): what was added and removed, by name, and how many were kept. */
  list?: ListChange;
}

export interface ListChange {
  added: string[];
  removed: string[];
  kept: number;
}

/**
 * A list-valued field's change as what was added and what was removed, so a merge that kept every
 * old topic and added two reads as "added two", not as a whole list replaced.
 */
export function listChange(before: unknown[], after: unknown[], name: (item: unknown) => string): ListChange {
  const from = new Set(before.map(String));
  const to = new Set(after.map(String));
  return {
    added: after
      .filter((item, i) => !from.has(String(item)) && after.findIndex((x) => String(x) === String(item)) === i)
      .map(name),
    removed: before
      .filter((item, i) => !to.has(String(item)) && before.findIndex((x) => String(x) === String(item)) === i)
      .map(name),
    kept: [...to].filter((item) => from.has(item)).length,
  };
}

const topicName = (lookup: NameLookup) => (t: unknown) =>
  typeof t === "number" ? (lookup.topics.get(t) ?? `topic ${t} (deleted)`) : String(t);

/** The change of one field, with the list view for topics when both sides are lists. */
function change(field: string, from: unknown, to: unknown, lookup: NameLookup): FieldChange {
  return {
    field,
    label: fieldLabels[field] ?? field,
    from: displayValue(field, from, lookup),
    to: displayValue(field, to, lookup),
    list:
      field === "topics" && Array.isArray(from) && Array.isArray(to)
        ? listChange(from, to, topicName(lookup))
        : undefined,
  };
}

/** The curated fields, in the order the change table lists them. */
const fields = curatableFields;

/** Names for the ids in snapshots (institutions, topics), looked up once. */
async function names(db: Db, snapshots: Array<Partial<PracticeSnapshot>>): Promise<NameLookup> {
  const institutionIds = [
    ...new Set(snapshots.map((s) => s.institutionId).filter((v): v is number => typeof v === "number")),
  ];
  const topicIds = [
    ...new Set(
      snapshots.flatMap((s) =>
        Array.isArray(s.topics) ? s.topics.filter((t): t is number => typeof t === "number") : [],
      ),
    ),
  ];
  return namesOf(db, { institutionIds, topicIds });
}

/** A value as an editor reads it. */
export function displayValue(field: string, value: unknown, lookup?: NameLookup): string {
  if (value === null || value === undefined || value === "") return "(none)";
  if (field === "institutionId" && typeof value === "number")
    return lookup?.institutions.get(value) ?? `institution ${value}`;
  if (field === "topics" && Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value
      .map((t) => (typeof t === "number" ? (lookup?.topics.get(t) ?? `topic ${t} (deleted)`) : String(t)))
      .join(", ");
  }
  if (field === "awardDistinction") return distinctionLabels[value as keyof typeof distinctionLabels] ?? String(value);
  if (field === "status") return statusLabels[value as keyof typeof statusLabels] ?? String(value);
  if (field === "language") return languages.find((l) => l.code === value)?.name ?? String(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The fields that differ between two snapshots, with readable values. */
export async function describeChanges(
  db: Db,
  from: Partial<PracticeSnapshot>,
  to: Partial<PracticeSnapshot>,
): Promise<FieldChange[]> {
  const lookup = await names(db, [from, to]);
  const same = (a: unknown, b: unknown) =>
    JSON.stringify(Array.isArray(a) ? [...a].sort() : (a ?? null)) ===
    JSON.stringify(Array.isArray(b) ? [...b].sort() : (b ?? null));
  return fields
    .filter((field) => field in to && !same(from[field], to[field]))
    .map((field) => change(field, from[field], to[field], lookup));
}

/** Readable before/after pairs of a history event (any keys, ids resolved to names). */
export async function describeEvent(
  db: Db,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<FieldChange[]> {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (k) => k !== "version" && k !== "fingerprint",
  );
  const lookup = await names(db, [before ?? {}, after ?? {}] as Array<Partial<PracticeSnapshot>>);
  return keys.map((field) => change(field, before?.[field], after?.[field], lookup));
}
