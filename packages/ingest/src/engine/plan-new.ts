import { matchKey } from "@gp/db/text";
import { bundledParent } from "../topic-tree";
import type { Lookups } from "./lookups";
import type { Group } from "./types";
import type { NewInstitution, NewTopic } from "./writer";

/**
 * Topics the import must create for these labels, with their parents from the bundled ISSA tree.
 * `planned` holds what this import creates already (by key) and grows.
 */
export function planTopics(
  labels: Iterable<[key: string, label: string]>,
  lookups: Lookups,
  planned: Map<string, NewTopic>,
): NewTopic[] {
  const created: NewTopic[] = [];
  const plan = (key: string, label: string, parentKey: string | null) => {
    const topic = { key, label, parentKey };
    planned.set(key, topic);
    created.push(topic);
  };
  for (const [key, label] of labels) {
    if (lookups.topicByKey.has(key) || planned.has(key)) continue;
    const parentLabel = bundledParent(label);
    const parentKey = parentLabel === null ? null : matchKey(parentLabel);
    if (parentKey !== null && !lookups.topicByKey.has(parentKey) && !planned.has(parentKey))
      plan(parentKey, parentLabel!, null);
    plan(key, label, parentKey);
  }
  return created;
}

/** Institutions the new practices of these groups need; `planned` holds the keys already planned, and grows. */
export function planInstitutions(groups: readonly Group[], lookups: Lookups, planned: Set<string>): NewInstitution[] {
  const created: NewInstitution[] = [];
  for (const { rep } of groups) {
    const key = `${rep.country.id}|${rep.institutionKey}`;
    if (lookups.institutionByKey.has(key) || planned.has(key)) continue;
    planned.add(key);
    created.push({
      countryId: rep.country.id,
      countryCode: rep.country.code,
      key: rep.institutionKey,
      name: rep.record.institution,
    });
  }
  return created;
}
