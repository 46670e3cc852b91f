import { derivedTitle } from "@gp/db/text";
import { sql } from "drizzle-orm";
import { normaliseForMatch } from "../normalise";
import {
  estimatedSimilarity,
  lshPairs,
  minhash,
  shinglesOfNormalised,
  trigramSimilarity,
  trigrams,
  words,
} from "../similarity";
import type { Executor } from "./executor";
import type { Lookups } from "./lookups";
import { CANDIDATE, ESTIMATE_FLOOR } from "./thresholds";
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

interface Item {
  side: Side;
  summary: string;
  signature: Uint32Array;
  /** The group whose text this is, when the import adds or updates it. */
  subject: Group | null;
}

type Row = { id: number; title: string | null; summary: string };

/**
 * Near-duplicate candidates for the practices this import adds or updates: within each country,
 * MinHash/LSH over word pairs proposes pairs (never all pairs), and trigram similarity decides.
 * Pairs between two practices the import leaves alone are not its business.
 *
 * One country at a time, so that memory holds one country's texts, never the database's: its
 * practices are read back (those that existed before the import, and the ones it has just written),
 * their signatures computed, and dropped before the next country. A dry run keeps its new texts.
 */
export async function findCandidates(
  db: Executor,
  groups: readonly Group[],
  lookups: Lookups,
): Promise<PlannedCandidate[]> {
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

  const candidates: PlannedCandidate[] = [];
  const countries = [...subjectsByCountry.keys()];
  const batches: number[][] = [];
  for (let i = 0; i < countries.length; i += COUNTRIES_PER_READ)
    batches.push(countries.slice(i, i + COUNTRIES_PER_READ));
  // The next batch's rows are asked for while this one's are compared.
  let next = batches.length > 0 ? practicesOf(db, batches[0]!) : null;
  for (let b = 0; b < batches.length; b++) {
    const rows = await next!;
    next = b + 1 < batches.length ? practicesOf(db, batches[b + 1]!) : null;
    for (const countryId of batches[b]!) {
      const items = countryItems(subjectsByCountry.get(countryId)!, rows.get(countryId) ?? [], updated, lookups.maxId);
      candidates.push(...pairsOf(items));
    }
  }
  return candidates.sort((x, y) => y.score - x.score || x.group.index - y.group.index);
}

/**
 * Countries read back per query: a few round trips for an import that names many countries, and
 * only a few countries' texts in memory at a time.
 */
const COUNTRIES_PER_READ = 8;

/** These countries' live practices with their text, by country, in id order. */
async function practicesOf(db: Executor, countryIds: number[]): Promise<Map<number, Row[]>> {
  const rows = await db.execute<Row & { countryId: number }>(sql`
    select i.country_id as "countryId", p.id, p.title, p.summary from practices p join institutions i on i.id = p.institution_id
    where i.country_id = any(${sql.param(countryIds)}::int[]) and p.status <> 'merged' order by p.id`);
  const byCountry = new Map<number, Row[]>();
  for (const { countryId, ...row } of rows) {
    const list = byCountry.get(countryId);
    if (list) list.push(row);
    else byCountry.set(countryId, [row]);
  }
  return byCountry;
}

/** The import's groups of a country (in input order), then the practices it leaves alone. */
function countryItems(subjects: Group[], rows: Row[], updated: Set<number>, maxId: number): Item[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: Item[] = [];
  for (const group of subjects) {
    const action = group.action!;
    if (action.kind === "add") {
      const summary = group.summary ?? byId.get(group.practiceId!)?.summary;
      if (summary === undefined) throw new Error(`The new practice of line ${group.rep.line} was not found.`);
      items.push({ side: { group }, summary, signature: group.signature, subject: group });
    } else if (action.kind === "update") {
      const row = byId.get(action.practice.id);
      const current = row?.summary ?? action.changes.summary ?? "";
      const side = { practice: { id: action.practice.id, title: action.practice.title ?? derivedTitle(current) } };
      if (action.changes.summary !== undefined) {
        items.push({ side, summary: action.changes.summary, signature: group.signature, subject: group });
      } else if (row) {
        items.push({ side, summary: row.summary, signature: signatureOf(row.summary), subject: group });
      }
    }
  }
  for (const row of rows) {
    if (row.id > maxId || updated.has(row.id)) continue;
    items.push({
      side: { practice: { id: row.id, title: row.title ?? derivedTitle(row.summary) } },
      summary: row.summary,
      signature: signatureOf(row.summary),
      subject: null,
    });
  }
  return items;
}

function pairsOf(items: Item[]): PlannedCandidate[] {
  if (items.length < 2 || !items.some((item) => item.subject)) return [];
  const candidates: PlannedCandidate[] = [];
  const trigramCache = new Map<Item, Set<string>>();
  const trigramsOf = (item: Item) => {
    let set = trigramCache.get(item);
    if (!set) trigramCache.set(item, (set = trigrams(words(item.summary))));
    return set;
  };
  for (const [i, j] of lshPairs(items.map((item) => item.signature))) {
    const a = items[i]!;
    const b = items[j]!;
    if (!a.subject && !b.subject) continue;
    if (estimatedSimilarity(a.signature, b.signature) < ESTIMATE_FLOOR) continue;
    const score = trigramSimilarity(trigramsOf(a), trigramsOf(b));
    if (score < CANDIDATE) continue;
    candidates.push({ a: a.side, b: b.side, score: Math.round(score * 1000) / 1000, group: (a.subject ?? b.subject)! });
  }
  return candidates;
}

/** The MinHash signature of a summary read back (its word hashes are not needed here). */
function signatureOf(summary: string): Uint32Array {
  return minhash(shinglesOfNormalised(normaliseForMatch(summary)));
}
