import type { NormalisedRecord } from "../resolve";
import { derivedTitle } from "@gp/db/text";
import { estimatedSimilarity, SIGNATURE_SIZE, wordSimilarity } from "../similarity";
import { SAME_PRACTICE } from "./thresholds";
import { detached, StringPool, TopicLabels, Uint32Arena } from "./compact";
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
  private readonly arena = new Uint32Arena();
  private readonly strings = new StringPool();

  /** Adds a record; `text` gives the word hashes and MinHash signature of its normalised summary. */
  add(
    record: NormalisedRecord,
    text: () => { words: Uint32Array; signature: Uint32Array },
  ): { group: Group; created: boolean } {
    const known = this.byFingerprint.get(record.fingerprint);
    if (known) {
      this.join(known, record);
      return { group: known, created: false };
    }
    const own = text();
    const key = samePracticeKey(record);
    const sameKey = this.bySameKey.get(key);
    const version = sameKey?.find((group) =>
      isSameText(own.words, own.signature, wordsOf(group), signatureOfGroup(group)),
    );
    if (version) {
      version.fingerprints.push(record.fingerprint);
      this.byFingerprint.set(record.fingerprint, version);
      this.join(version, record);
      return { group: version, created: false };
    }
    const { summary, topics: _topics, ...fields } = record.record;
    const pool = this.strings;
    const rest = { ...fields, institution: pool.intern(fields.institution), country: pool.intern(fields.country) };
    if (rest.region !== null) rest.region = pool.intern(rest.region);
    if (rest.title !== null) rest.title = detached(rest.title);
    const group: Group = {
      index: this.groups.length,
      rep: {
        file: record.file,
        line: record.line,
        country: record.country,
        institutionKey: pool.intern(record.institutionKey),
        fingerprint: record.fingerprint,
        record: rest,
      },
      summary,
      derivedTitle: detached(derivedTitle(summary)),
      ...packed(this.arena.store(own.words, own.signature), own.words.length),
      fingerprints: [record.fingerprint],
      topics: new TopicLabels(),
      title: null,
      awardDistinction: null,
      action: null,
      practiceId: null,
      insertedTopics: 0,
    };
    this.join(group, record);
    this.groups.push(group);
    this.byFingerprint.set(record.fingerprint, group);
    if (sameKey) sameKey.push(group);
    else this.bySameKey.set(key, [group]);
    return { group, created: true };
  }

  private join(group: Group, record: NormalisedRecord): void {
    record.record.topics.forEach((label, i) => {
      const key = record.topicKeys[i]!;
      if (!group.topics.has(key)) group.topics.add(this.strings.intern(key), this.strings.intern(label));
    });
    if (group.title === null && record.record.title !== null) group.title = detached(record.record.title);
    group.awardDistinction ??= record.record.awardDistinction;
  }
}

function packed(stored: { block: Uint32Array; at: number }, wordCount: number) {
  return { textBlock: stored.block, textAt: stored.at, wordCount };
}

/** The word hashes of a group's summary (a view of the arena's block). */
export function wordsOf(group: Group): Uint32Array {
  return group.textBlock.subarray(group.textAt, group.textAt + group.wordCount);
}

/** The MinHash signature of a group's summary (a view of the arena's block). */
export function signatureOfGroup(group: Group): Uint32Array {
  const at = group.textAt + group.wordCount;
  return group.textBlock.subarray(at, at + SIGNATURE_SIZE);
}

/** Institution, country and years: what a near-identical version must share. */
function samePracticeKey(record: NormalisedRecord): string {
  const { implementationYear, awardYear } = record.record;
  // Joined, not a template: a template makes a tree of concatenations, kept as long as the key.
  return [record.country.id, record.institutionKey, implementationYear ?? "", awardYear ?? ""].join("|");
}

/** True when two summaries (word hashes, signatures) are versions of one text (a few words edited). */
export function isSameText(a: Uint32Array, signatureA: Uint32Array, b: Uint32Array, signatureB: Uint32Array): boolean {
  if (estimatedSimilarity(signatureA, signatureB) < 0.4) return false;
  return wordSimilarity(a, b) >= SAME_PRACTICE;
}
