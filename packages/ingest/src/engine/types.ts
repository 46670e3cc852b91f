// The values the engine's steps pass along: a group of records that are one practice, what the
// import does with it, and the conflicts it meets. Types only, so that no two steps import each other.
import type { AwardDistinction } from "../record";
import type { NormalisedRecord } from "../resolve";
import type { CuratableField } from "@gp/db/schema";
import type { ExistingPractice } from "./lookups";

/** Records of the input that are one practice: exact repeats, or near-identical versions. */
export interface Group {
  index: number;
  /** The first record read: its text is the practice's. */
  rep: NormalisedRecord;
  /** The members' distinct fingerprints, the representative's first. */
  fingerprints: string[];
  /** Topics of all members, each once: `matchKey` -> first label seen. */
  topics: Map<string, string>;
  /** MinHash signature of the representative's summary. */
  signature: Uint32Array;
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
