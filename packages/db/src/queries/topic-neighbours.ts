import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** Above this many subsets, a level is skipped: the next lower level finds the same rows and more. */
const MAX_SUBSETS = 60;

/**
 * The published practices that share the most topics with a practice: ordered by how many of
 * `topicIds` they have, then by award year (newest first) and id (highest first); at most `limit`.
 *
 * Scoring every practice that shares any topic reads a large part of the table (at 100k practices,
 * one common topic is tens of thousands of rows, over a second under load). The best ones share the
 * most topics, so this asks level by level, from all of the practice's topics down to two: the
 * practices holding at least `level` of them are those containing one of the subsets of that size,
 * which the GIN index on topic_ids finds by intersecting short lists. Once a level has `limit`
 * practices, the top `limit` of all are among them (every other shares fewer topics), so the answer
 * is exactly the one of scoring everything; only when no level gets there does it score every
 * practice sharing one topic.
 */
export async function topicNeighbours(db: Db, practiceId: number, topicIds: number[], limit = 100): Promise<number[]> {
  const topics = [...new Set(topicIds)].sort((a, b) => a - b);
  if (topics.length === 0) return [];
  for (let level = topics.length; level >= 2; level--) {
    const subsets = combinations(topics, level, MAX_SUBSETS + 1);
    if (subsets.length > MAX_SUBSETS) continue;
    const holding = sql.join(
      subsets.map((subset) => sql`p.topic_ids @> ${sql.param(subset)}::int[]`),
      sql` or `,
    );
    const ids = await ranked(db, practiceId, topics, sql`(${holding})`, limit);
    if (ids.length >= limit) return ids;
  }
  return ranked(db, practiceId, topics, sql`p.topic_ids && ${sql.param(topics)}::int[]`, limit);
}

async function ranked(
  db: Db,
  practiceId: number,
  topics: number[],
  where: ReturnType<typeof sql>,
  limit: number,
): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`
    select p.id from practices p
    where ${where} and p.status = 'published' and p.id <> ${practiceId}
    order by (select count(*) from unnest(p.topic_ids) t where t = any(${sql.param(topics)}::int[])) desc,
      p.award_year desc nulls last, p.id desc
    limit ${limit}`);
  return rows.map((row) => row.id);
}

/** The subsets of `items` of size `size`, in order; stops once it has `cap` of them. */
export function combinations<T>(items: T[], size: number, cap = Number.POSITIVE_INFINITY): T[][] {
  const out: T[][] = [];
  const pick = (start: number, chosen: T[]) => {
    if (out.length >= cap) return;
    if (chosen.length === size) {
      out.push(chosen);
      return;
    }
    for (let i = start; i <= items.length - (size - chosen.length); i++) pick(i + 1, [...chosen, items[i]!]);
  };
  pick(0, []);
  return out;
}
