import { derivedTitle } from "@gp/db/text";
import { practiceSignaturesOf, practiceTexts, type PracticeSignatureRow } from "@gp/db/imports";
import { normaliseForMatch } from "../normalise";
import { signatureFromBytes } from "../signature-bytes";
import {
  estimatedSimilarity,
  lshPairs,
  minhash,
  shinglesOfNormalised,
  trigramSimilarity,
  trigrams,
  words,
} from "../similarity";
import type { SerialExecutor as Executor } from "./executor";
import type { Lookups } from "./lookups";
import { CANDIDATE, ESTIMATE_FLOOR } from "./thresholds";
import { signatureOfGroup } from "./grouper";
import type { Group } from "./types";

/** A practice as a candidate pair shows it: its id and the title the report gives it. */
export interface PracticeSide {
  id: number;
  title: string;
}

/** One side of a candidate pair: a practice already in the database, or a group this import adds. */
export type Side = { practice: PracticeSide; group?: undefined } | { group: Group; practice?: undefined };

export interface PlannedCandidate {
  a: Side;
  b: Side;
  /** Trigram similarity of the summaries, in [0, 1]. */
  score: number;
  /** The group of this import that brought the pair. */
  group: Group;
}

/** Candidates, and the signatures computed again because none was stored for the current summary. */
export interface FoundCandidates {
  candidates: PlannedCandidate[];
  recomputed: Array<{ id: number; signature: Uint32Array }>;
}

interface Item {
  /** The practice it is (null for a new practice of a dry run, which is not written). */
  id: number | null;
  /** A new practice of this import (shown as its group), else an existing practice (shown by id). */
  isNew: boolean;
  signature: Uint32Array;
  /** The text compared, when known without reading it (a dry run's, an upstream edit's); else read. */
  summary: string | null;
  /** The group whose text this is, when the import adds or updates it. */
  subject: Group | null;
}

/**
 * Near-duplicate candidates for the practices this import adds or updates: within each country,
 * MinHash/LSH over word pairs proposes pairs (never all pairs), and trigram similarity decides.
 * Pairs between two practices the import leaves alone are not its business.
 *
 * A few countries at a time: their practices' stored signatures are read (a text only where no
 * signature matches its current summary), LSH runs over them, and only the texts of the proposed
 * pairs are read for their trigrams. A dry run keeps its new texts.
 */
export async function findCandidates(
  db: Executor,
  groups: readonly Group[],
  lookups: Lookups,
): Promise<FoundCandidates> {
  const subjectsByCountry = new Map<number, Group[]>();
  const updated = new Set<number>();
  for (const group of groups) {
    const action = group.action!;
    if (action.kind !== "add" && action.kind !== "update") continue;
    if (action.kind === "update") updated.add(action.practice.id);
    const list = subjectsByCountry.get(group.rep.country.id);
    if (list) list.push(group);
    else subjectsByCountry.set(group.rep.country.id, [group]);
  }

  const found: FoundCandidates = { candidates: [], recomputed: [] };
  const countries = [...subjectsByCountry.keys()];
  const batches: number[][] = [];
  for (let i = 0; i < countries.length; i += COUNTRIES_PER_READ)
    batches.push(countries.slice(i, i + COUNTRIES_PER_READ));
  // The next batch's signatures are asked for while this one's are compared.
  let next = batches.length > 0 ? practiceSignaturesOf(db.asDb(), batches[0]!) : null;
  for (let b = 0; b < batches.length; b++) {
    const rows = byCountry(await next!);
    next = b + 1 < batches.length ? practiceSignaturesOf(db.asDb(), batches[b + 1]!) : null;
    const proposed: Array<[Item, Item]> = [];
    for (const countryId of batches[b]!) {
      const rowsOf = rows.get(countryId) ?? [];
      const items = countryItems(subjectsByCountry.get(countryId)!, rowsOf, updated, lookups.maxId, found);
      for (const item of items) if (item.signature.length === 0) await signFromText(db, item, found);
      proposed.push(...proposedPairs(items));
    }
    found.candidates.push(...(await scored(db, proposed)));
  }
  found.candidates.sort((x, y) => y.score - x.score || x.group.index - y.group.index);
  return found;
}

/**
 * Countries read per query: a few round trips for an import that names many countries, and only a
 * few countries' signatures in memory at a time.
 */
const COUNTRIES_PER_READ = 8;

function byCountry(rows: PracticeSignatureRow[]): Map<number, PracticeSignatureRow[]> {
  const map = new Map<number, PracticeSignatureRow[]>();
  for (const row of rows) {
    const list = map.get(row.countryId);
    if (list) list.push(row);
    else map.set(row.countryId, [row]);
  }
  return map;
}

/** The import's groups of a country (in input order), then the practices it leaves alone (in id order). */
function countryItems(
  subjects: Group[],
  rows: PracticeSignatureRow[],
  updated: Set<number>,
  maxId: number,
  found: FoundCandidates,
): Item[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: Item[] = [];
  for (const group of subjects) {
    const action = group.action!;
    if (action.kind === "add") {
      items.push({
        id: group.practiceId,
        isNew: true,
        signature: signatureOfGroup(group),
        summary: group.summary,
        subject: group,
      });
    } else if (action.kind === "update") {
      const id = action.practice.id;
      if (action.changes.summary !== undefined) {
        items.push({
          id,
          isNew: false,
          signature: signatureOfGroup(group),
          summary: action.changes.summary,
          subject: group,
        });
      } else if (byId.has(id)) {
        items.push({ ...existing(byId.get(id)!, found), subject: group });
      }
    }
  }
  for (const row of rows) if (row.id <= maxId && !updated.has(row.id)) items.push(existing(row, found));
  return items;
}

/**
 * An existing practice's item: its stored signature, or one computed from the summary read with it
 * (then noted, to be stored). An empty signature means neither came (bytes of another size).
 */
function existing(row: PracticeSignatureRow, found: FoundCandidates): Item {
  let signature = row.signature ? signatureFromBytes(row.signature) : null;
  if (!signature && row.summary !== null) {
    signature = signatureOf(row.summary);
    found.recomputed.push({ id: row.id, signature });
  }
  return { id: row.id, isNew: false, signature: signature ?? new Uint32Array(0), summary: row.summary, subject: null };
}

/** An item whose stored bytes were no signature and whose text was not read with them (rare). */
async function signFromText(db: Executor, item: Item, found: FoundCandidates): Promise<void> {
  const [row] = await practiceTexts(db.asDb(), [item.id!]);
  item.summary = row?.summary ?? "";
  item.signature = signatureOf(item.summary);
  found.recomputed.push({ id: item.id!, signature: item.signature });
}

/** Pairs LSH proposes that involve the import and whose estimated similarity is worth an exact look. */
function proposedPairs(items: Item[]): Array<[Item, Item]> {
  if (items.length < 2 || !items.some((item) => item.subject)) return [];
  const pairs: Array<[Item, Item]> = [];
  for (const [i, j] of lshPairs(items.map((item) => item.signature))) {
    const a = items[i]!;
    const b = items[j]!;
    if (!a.subject && !b.subject) continue;
    if (estimatedSimilarity(a.signature, b.signature) < ESTIMATE_FLOOR) continue;
    pairs.push([a, b]);
  }
  return pairs;
}

/** Scores proposed pairs by trigram similarity, reading the texts they need in one query. */
async function scored(db: Executor, pairs: Array<[Item, Item]>): Promise<PlannedCandidate[]> {
  if (pairs.length === 0) return [];
  const ids = new Set<number>();
  for (const pair of pairs) for (const item of pair) if (item.id !== null) ids.add(item.id);
  const texts = new Map((await practiceTexts(db.asDb(), [...ids])).map((row) => [row.id, row]));
  const trigramCache = new Map<Item, Set<string>>();
  const trigramsOf = (item: Item) => {
    let set = trigramCache.get(item);
    if (!set) trigramCache.set(item, (set = trigrams(words(item.summary ?? texts.get(item.id!)?.summary ?? ""))));
    return set;
  };
  // The title a pair shows: the practice's, or one derived from its text as it is in the database.
  const side = (item: Item): Side => {
    if (item.isNew) return { group: item.subject! };
    const row = texts.get(item.id!);
    return { practice: { id: item.id!, title: row?.title ?? derivedTitle(row?.summary ?? item.summary ?? "") } };
  };
  const candidates: PlannedCandidate[] = [];
  for (const [a, b] of pairs) {
    const score = trigramSimilarity(trigramsOf(a), trigramsOf(b));
    if (score < CANDIDATE) continue;
    candidates.push({
      a: side(a),
      b: side(b),
      score: Math.round(score * 1000) / 1000,
      group: (a.subject ?? b.subject)!,
    });
  }
  return candidates;
}

/** The MinHash signature of a summary read back (its word hashes are not needed here). */
function signatureOf(summary: string): Uint32Array {
  return minhash(shinglesOfNormalised(normaliseForMatch(summary)));
}
