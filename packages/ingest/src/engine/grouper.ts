import type { NormalisedRecord } from "../resolve";
import { estimatedSimilarity, wordSimilarity, words } from "../similarity";
import { SAME_PRACTICE } from "./thresholds";
import type { Group } from "./types";

/**
 * Collapses the input as it streams by: records with one fingerprint are one practice (topics
 * united); a record with the same institution, country and years as an earlier one and a
 * near-identical summary joins it too (the first read is kept). Every other record starts a group.
 */
export class Grouper {
  readonly groups: Group[] = [];
  private readonly byFingerprint = new Map<string, Group>();
  private readonly bySameKey = new Map<string, Group[]>();

  /** Adds a record; `signature` is the MinHash of its normalised summary. */
  add(record: NormalisedRecord, signature: () => Uint32Array): { group: Group; created: boolean } {
    const known = this.byFingerprint.get(record.fingerprint);
    if (known) {
      join(known, record);
      return { group: known, created: false };
    }
    const own = signature();
    const key = samePracticeKey(record);
    const sameKey = this.bySameKey.get(key);
    const version = sameKey?.find((group) =>
      isSameText(record.record.summary, own, group.rep.record.summary, group.signature),
    );
    if (version) {
      version.fingerprints.push(record.fingerprint);
      this.byFingerprint.set(record.fingerprint, version);
      join(version, record);
      return { group: version, created: false };
    }
    const group: Group = {
      index: this.groups.length,
      rep: record,
      fingerprints: [record.fingerprint],
      topics: new Map(),
      signature: own,
      title: null,
      awardDistinction: null,
      action: null,
      practiceId: null,
      insertedTopics: 0,
    };
    join(group, record);
    this.groups.push(group);
    this.byFingerprint.set(record.fingerprint, group);
    if (sameKey) sameKey.push(group);
    else this.bySameKey.set(key, [group]);
    return { group, created: true };
  }
}

/** Institution, country and years: what a near-identical version must share. */
function samePracticeKey(record: NormalisedRecord): string {
  const { implementationYear, awardYear } = record.record;
  return `${record.country.id}|${record.institutionKey}|${implementationYear ?? ""}|${awardYear ?? ""}`;
}

/** True when two summaries are versions of one text (a few words edited). */
export function isSameText(a: string, signatureA: Uint32Array, b: string, signatureB: Uint32Array): boolean {
  if (estimatedSimilarity(signatureA, signatureB) < 0.4) return false;
  return wordSimilarity(words(a), words(b)) >= SAME_PRACTICE;
}

function join(group: Group, record: NormalisedRecord): void {
  record.record.topics.forEach((label, i) => {
    const key = record.topicKeys[i]!;
    if (!group.topics.has(key)) group.topics.set(key, label);
  });
  group.title ??= record.record.title;
  group.awardDistinction ??= record.record.awardDistinction;
}
