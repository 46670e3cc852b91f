// The duplicates queue: open pairs by score (either way), by institution, how many wait per
// institution, and dismissing every pair below a score at once (an import may open thousands).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client-core";
import { derivedTitle } from "../text";
import { recordAudit } from "./audit";

export interface CandidateRow {
  id: number;
  score: number;
  method: string;
  createdAt: Date;
  a: {
    id: number;
    slug: string;
    title: string;
    institution: string;
    implementationYear: number | null;
    awardYear: number | null;
  };
  b: CandidateRow["a"];
}

export interface QueueFilter {
  /** Only pairs with a practice of this institution. */
  institutionId?: number;
}

/** Open pairs whose two practices are both live, as the queue shows them (aliases c, a, b). */
function openPairs(filter: QueueFilter): SQL {
  const institution =
    filter.institutionId === undefined
      ? sql``
      : sql`and (a.institution_id = ${filter.institutionId} or b.institution_id = ${filter.institutionId})`;
  return sql`duplicate_candidates c
    join practices a on a.id = c.practice_a_id
    join practices b on b.id = c.practice_b_id
    where c.status = 'open' and a.status <> 'merged' and b.status <> 'merged' ${institution}`;
}

type Side = Omit<CandidateRow["a"], "title"> & { title: string | null; summary: string };
function titled({ summary, title, ...side }: Side): CandidateRow["a"] {
  return { ...side, title: title ?? derivedTitle(summary) };
}

/** Open candidates by score (highest first unless `ascending`); pairs where either side is no longer live are left out. */
export async function listOpenCandidates(
  db: Db,
  params: QueueFilter & { page: number; pageSize: number; ascending?: boolean },
): Promise<{ rows: CandidateRow[]; total: number }> {
  const side = (alias: string) =>
    sql.raw(`json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'title', ${alias}.title, 'summary', left(${alias}.summary, 300),
    'institution', (select name from institutions where id = ${alias}.institution_id),
    'implementationYear', ${alias}.implementation_year, 'awardYear', ${alias}.award_year)`);
  const order = params.ascending ? sql`c.score asc, c.id` : sql`c.score desc, c.id`;
  const rows = await db.execute<{
    id: number;
    score: number;
    method: string;
    created_at: string;
    a: Side;
    b: Side;
    total: number;
  }>(sql`
    select c.id, c.score, c.method, c.created_at, ${side("a")} as a, ${side("b")} as b, count(*) over ()::int as total
    from ${openPairs(params)}
    order by ${order}
    limit ${params.pageSize} offset ${params.page * params.pageSize}`);
  const total = rows[0]?.total ?? (params.page === 0 ? 0 : await countOpenCandidates(db, params));
  return {
    rows: rows.map((r) => ({
      id: r.id,
      score: r.score,
      method: r.method,
      createdAt: new Date(r.created_at),
      a: titled(r.a),
      b: titled(r.b),
    })),
    total,
  };
}

export async function countOpenCandidates(db: Db, filter: QueueFilter = {}): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${openPairs(filter)}`);
  return row?.n ?? 0;
}

/**
 * How many open pairs wait per institution (a pair counts for each of its practices' institutions,
 * once when both are the same), most first; at most `limit` rows, and how many institutions have any.
 */
export async function openPairsByInstitution(
  db: Db,
  params: { limit: number },
): Promise<{ rows: Array<{ id: number; name: string; pairs: number }>; institutions: number }> {
  const rows = await db.execute<{ id: number; name: string; pairs: number; institutions: number }>(sql`
    with per as (
      select u.institution_id, count(*)::int as pairs
      from (select a.institution_id as ia, b.institution_id as ib from ${openPairs({})}) p
      cross join lateral (select p.ia union select p.ib) as u(institution_id)
      group by u.institution_id)
    select i.id, i.name, per.pairs, count(*) over ()::int as institutions
    from per join institutions i on i.id = per.institution_id
    order by per.pairs desc, i.name, i.id
    limit ${params.limit}`);
  return {
    rows: rows.map(({ id, name, pairs }) => ({ id, name, pairs })),
    institutions: rows[0]?.institutions ?? 0,
  };
}

/** Open pairs scoring below `below`: how many, and the highest id among them (what a confirmation shows). */
export async function openCandidatesBelow(
  db: Db,
  params: QueueFilter & { below: number },
): Promise<{ count: number; upTo: number | null }> {
  const [row] = await db.execute<{ count: number; up_to: number | null }>(sql`
    select count(*)::int as count, max(c.id) as up_to from ${openPairs(params)} and c.score < ${params.below}`);
  return { count: row?.count ?? 0, upTo: row?.up_to ?? null };
}

/**
 * Dismisses, in one statement, every open pair scoring below `below` with an id up to `upTo` (the
 * pairs the editor confirmed: one an import opened since is left for them to see). Imports never
 * propose them again. One audit event lists them. Returns how many were dismissed.
 */
export async function dismissCandidatesBelow(
  db: Db,
  params: QueueFilter & { below: number; upTo: number; actorId: number },
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<{ id: number }>(sql`
      update duplicate_candidates d set status = 'dismissed', decided_by_id = ${params.actorId}, decided_at = now()
      where d.id in (select c.id from ${openPairs(params)} and c.score < ${params.below} and c.id <= ${params.upTo})
        and d.status = 'open'
      returning d.id`);
    if (rows.length > 0) {
      await recordAudit(tx, {
        userId: params.actorId,
        action: "candidate.dismiss_below",
        subjectType: "candidate",
        subjectId: null,
        before: { status: "open" },
        after: {
          status: "dismissed",
          below: params.below,
          institutionId: params.institutionId ?? null,
          count: rows.length,
          candidates: rows.map((r) => r.id).sort((x, y) => x - y),
        },
      });
    }
    return rows.length;
  });
}
