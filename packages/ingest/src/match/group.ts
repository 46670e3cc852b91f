import type { NormalisedRecord } from "../resolve";
import { estimatedSimilarity, minhash, shingles, wordSimilarity, words } from "../similarity";
import { SAME_PRACTICE } from "./thresholds";

/** Records of the input that are one practice: exact repeats, or near-identical versions. */
export interface Group {
  index: number;
  /** The records, in input order; the first is the representative whose text is used. */
  members: NormalisedRecord[];
  /** The members' distinct fingerprints, the representative's first. */
  fingerprints: string[];
  /** Topics of all members, each once: `matchKey` -> first label seen. */
  topics: Map<string, string>;
  /** MinHash signature of the representative's summary. */
  signature: Uint32Array;
}

/**
 * Collapses the input: records with one fingerprint are one practice (topics united); records with
 * the same institution, country and years whose summaries are near-identical are one practice too
 * (the first read is kept). Every other record stands alone.
 */
export function groupRecords(records: readonly NormalisedRecord[]): Group[] {
  const byFingerprint = new Map<string, Group>();
  const groups: Group[] = [];
  for (const record of records) {
    const existing = byFingerprint.get(record.fingerprint);
    if (existing) {
      join(existing, record);
      continue;
    }
    const group: Group = {
      index: groups.length,
      members: [],
      fingerprints: [record.fingerprint],
      topics: new Map(),
      signature: minhash(shingles(words(record.record.summary))),
    };
    join(group, record);
    byFingerprint.set(record.fingerprint, group);
    groups.push(group);
  }

  // Near-identical versions within the input: only groups sharing institution, country and years meet.
  const byKey = new Map<string, Group[]>();
  const kept: Group[] = [];
  for (const group of groups) {
    const key = samePracticeKey(group.members[0]!);
    const earlier = byKey.get(key) ?? [];
    const target = earlier.find((other) => isSamePractice(other.members[0]!.record.summary, other.signature, group));
    if (target) {
      for (const member of group.members) join(target, member);
      for (const fp of group.fingerprints) if (!target.fingerprints.includes(fp)) target.fingerprints.push(fp);
      continue;
    }
    earlier.push(group);
    byKey.set(key, earlier);
    kept.push(group);
  }
  kept.forEach((group, index) => (group.index = index));
  return kept;
}

/** Institution, country and years: what a near-identical version must share. */
export function samePracticeKey(record: NormalisedRecord): string {
  const { implementationYear, awardYear } = record.record;
  return `${record.country.id}|${record.institutionKey}|${implementationYear ?? ""}|${awardYear ?? ""}`;
}

/** True when a summary is a near-identical version of the group's (a few words edited). */
export function isSamePractice(summary: string, signature: Uint32Array, group: Group): boolean {
  if (estimatedSimilarity(signature, group.signature) < 0.4) return false;
  return wordSimilarity(words(summary), words(group.members[0]!.record.summary)) >= SAME_PRACTICE;
}

function join(group: Group, record: NormalisedRecord): void {
  group.members.push(record);
  record.record.topics.forEach((label, i) => {
    const key = record.topicKeys[i]!;
    if (!group.topics.has(key)) group.topics.set(key, label);
  });
}
