// The values the engine's steps pass along: a group of records that are one practice, what the
// import does with it, and the conflicts it meets. Types only, so that no two steps import each other.
import type { AwardDistinction, ImportRecord } from "../record";
import type { NormalisedRecord } from "../resolve";
import type { CuratableField } from "@gp/db/schema";
import type { TopicLabels } from "./compact";
import type { ExistingPractice } from "./lookups";

/** A group's first record without its summary: what an import keeps of it once it is written. */
export type RepRecord = Omit<NormalisedRecord, "record" | "topicKeys"> & {
  record: Omit<ImportRecord, "summary" | "topics">;
};

/**
 * Records of the input that are one practice: exact repeats, or near-identical versions. What it
 * holds lives as long as the import, so only what matching needs is kept: keys, fingerprints, word
 * hashes and the MinHash signature; the summary only while the import still needs the text.
 */
export interface Group {
  index: number;
  /** The first record read (its text is the practice's), without its summary. */
  rep: RepRecord;
  /**
   * The representative's summary, kept until its chunk is written, and then only where the end of
   * the import needs the text: the new text of a practice edited upstream, or any text in a dry run.
   */
  summary: string | null;
  /** The title derived from its summary, for a practice without one (reports, slugs). */
  derivedTitle: string;
  /**
   * The block of the import's arena (`Uint32Arena`) that holds, from `textAt`, the hash of each word
   * of the normalised summary (`wordCount` of them, for the word edit similarity of versions) and
   * then its MinHash signature: `wordsOf` and `signatureOfGroup` give them. Two numbers and a shared
   * block rather than two typed arrays of its own: a view costs about 100 bytes, times 100k groups.
   */
  textBlock: Uint32Array;
  textAt: number;
  wordCount: number;
  /** The members' distinct fingerprints, the representative's first. */
  fingerprints: string[];
  /** Topics of all members, each once: `matchKey` -> first label seen. */
  topics: TopicLabels;
  /** The first title and distinction any member gives (the listing has none). */
  title: string | null;
  awardDistinction: AwardDistinction | null;
  /** What the import does with it; set when the group is matched. */
  action: Action | null;
  /** The practice it is, once known (for a new one: once inserted). */
  practiceId: number | null;
  /** Topic keys it was inserted with, to add topics that later repeats bring. */
  insertedTopics: number;
}

/** What an import does with a group: add a practice, update one, or leave one as it is. */
export type Action =
  | { kind: "add" }
  | { kind: "update"; practice: ExistingPractice; via: Via; changes: Changes }
  | { kind: "unchanged"; practice: ExistingPractice; via: Via | "source" | "merged" }
  /** Matched as it streamed by; compared once every repeat has brought its topics. */
  | { kind: "matched"; practice: ExistingPractice; via: Via };

export type Via = "fingerprint" | "same-practice";

/** The fields an update writes; absent fields stay as they are. */
export interface Changes {
  summary?: string;
  fingerprint?: string;
  title?: string;
  awardDistinction?: AwardDistinction;
  /** The new topic set, as topic keys. */
  topicKeys?: string[];
}

/** An imported value that differs from a curated one: editors win, the import reports it. */
export interface Conflict {
  group: Group;
  practice: ExistingPractice;
  field: CuratableField;
  current: unknown;
  imported: unknown;
}
