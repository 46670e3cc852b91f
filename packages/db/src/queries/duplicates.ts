import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { duplicateCandidates } from "../schema";
import { derivedTitle } from "../text";
import { recordAudit } from "./audit";
import { CurationError } from "./practice-snapshot";

export async function getCandidate(
  db: Db,
  id: number,
): Promise<{ id: number; aId: number; bId: number; score: number; method: string; status: string } | null> {
  const [row] = await db
    .select({
      id: duplicateCandidates.id,
      aId: duplicateCandidates.practiceAId,
      bId: duplicateCandidates.practiceBId,
      score: duplicateCandidates.score,
      method: duplicateCandidates.method,
      status: duplicateCandidates.status,
    })
    .from(duplicateCandidates)
    .where(eq(duplicateCandidates.id, id));
  return row ?? null;
}

/** Marks a candidate "not a duplicate"; imports never propose the pair again. */
export async function dismissCandidate(db: Db, params: { id: number; actorId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(duplicateCandidates)
      .set({ status: "dismissed", decidedById: params.actorId, decidedAt: new Date() })
      .where(and(eq(duplicateCandidates.id, params.id), eq(duplicateCandidates.status, "open")))
      .returning({ a: duplicateCandidates.practiceAId, b: duplicateCandidates.practiceBId });
    if (!row) throw new CurationError("This candidate is no longer open.");
    await recordAudit(tx, {
      userId: params.actorId,
      action: "candidate.dismiss",
      subjectType: "candidate",
      subjectId: params.id,
      before: { status: "open" },
      after: { status: "dismissed", practices: [row.a, row.b] },
    });
  });
}

export interface PracticeMatch {
  id: number;
  slug: string;
  title: string;
  institution: string;
  status: string;
}

/** Live practices matching words, a title fragment, a slug or an id: the "merge any two" picker. */
export async function findPractices(db: Db, query: string, limit = 10): Promise<PracticeMatch[]> {
  const q = query.trim();
  if (!q) return [];
  const like = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await db.execute<{
    id: number;
    slug: string;
    title: string | null;
    summary: string;
    institution: string;
    status: string;
  }>(sql`
    select p.id, p.slug, p.title, left(p.summary, 300) as summary, i.name as institution, p.status
    from practices p join institutions i on i.id = p.institution_id
    where p.status <> 'merged' and (
      p.search_vector @@ websearch_to_tsquery('gp_english', ${q}) or p.title ilike ${like} or p.slug = ${q}
      ${/^\d{1,9}$/.test(q) ? sql`or p.id = ${Number(q)}` : sql``})
    order by ts_rank(p.search_vector, websearch_to_tsquery('gp_english', ${q})) desc, p.id
    limit ${limit}`);
  return rows.map(({ summary, title, ...r }) => ({ ...r, title: title ?? derivedTitle(summary) }));
}
