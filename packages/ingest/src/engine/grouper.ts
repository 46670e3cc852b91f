import type { NormalisedRecord } from "../resolve";
import { derivedTitle } from "@gp/db/text";
import { estimatedSimilarity, wordSimilarity } from "../similarity";
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

  /** Adds a record; `text` gives the word hashes and MinHash signature of its normalised summary. */
  add(
    record: NormalisedRecord,
    text: () => { words: Uint32Array; signature: Uint32Array },
  ): { group: Group; created: boolean } {
    const known = this.byFingerprint.get(record.fingerprint);
    if (known) {
      join(known, record);
      return { group: known, created: false };
    }
    const own = text();
    const key = samePracticeKey(record);
    const sameKey = this.bySameKey.get(key);
    const version = sameKey?.find((group) => isSameText(own.words, own.signature, group.words, group.signature));
    if (version) {
      version.fingerprints.push(record.fingerprint);
      this.byFingerprint.set(record.fingerprint, version);
      join(version, record);
      return { group: version, created: false };
    }
    const { summary, topics: _topics, ...fields } = record.record;
    const rest = { ...fields, institution: detached(fields.institution), country: detached(fields.country) };
    if (rest.region !== null) rest.region = detached(rest.region);
    if (rest.title !== null) rest.title = detached(rest.title);
    const group: Group = {
      index: this.groups.length,
      rep: {
        file: record.file,
        line: record.line,
        country: record.country,
        institutionKey: record.institutionKey,
        fingerprint: record.fingerprint,
        record: rest,
      },
      summary,
      derivedTitle: detached(derivedTitle(summary)),
      words: own.words,
      fingerprints: [record.fingerprint],
      topics: new Map(),
      signature: own.signature,
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

/** True when two summaries (word hashes, signatures) are versions of one text (a few words edited). */
export function isSameText(a: Uint32Array, signatureA: Uint32Array, b: Uint32Array, signatureB: Uint32Array): boolean {
  if (estimatedSimilarity(signatureA, signatureB) < 0.4) return false;
  return wordSimilarity(a, b) >= SAME_PRACTICE;
}

function join(group: Group, record: NormalisedRecord): void {
  record.record.topics.forEach((label, i) => {
    const key = record.topicKeys[i]!;
    if (!group.topics.has(key)) group.topics.set(key, detached(label));
  });
  if (group.title === null && record.record.title !== null) group.title = detached(record.record.title);
  group.awardDistinction ??= record.record.awardDistinction;
}

/**
 * A copy of a string that does not keep a larger one alive: V8 makes a slice of a long string (a
 * derived title, a field cut from a line) a view of it, and a group lives as long as the import.
 * Concatenating flattens into a new string; slicing that keeps only the new one.
 */
function detached(value: string): string {
  return ` ${value}`.slice(1);
}
