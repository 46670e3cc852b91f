// What finding duplicate candidates reads and writes: each practice's MinHash signature, stored with
// the md5 of the summary it was computed from, so that an import compares signatures without reading
// (and normalising and hashing again) every text of a country; texts are read only for the pairs the
// signatures propose. Measured on 100k practices: see packages/ingest README, "At scale".
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** A country's live practice for candidates: its stored signature, or its summary when it has none that is current. */
export type PracticeSignatureRow = {
  countryId: number;
  id: number;
  /** The stored signature's bytes, when it was computed from the current summary. */
  signature: Uint8Array | null;
  /** The summary, only when no current signature is stored. */
  summary: string | null;
};

/** These countries' live practices, in id order, with their signatures (or texts where none is current). */
export async function practiceSignaturesOf(db: Db, countryIds: number[]): Promise<PracticeSignatureRow[]> {
  return db.execute<PracticeSignatureRow>(sql`
    select i.country_id as "countryId", p.id, case when f.fresh then s.signature end as signature,
      case when f.fresh then null else p.summary end as summary
    from practices p join institutions i on i.id = p.institution_id
    left join practice_signatures s on s.practice_id = p.id
    cross join lateral (select coalesce(s.summary_md5 = md5(p.summary), false) as fresh) f
    where i.country_id = any(${sql.param(countryIds)}::int[]) and p.status <> 'merged'
    order by p.id`);
}

/** The title and summary of these practices (the sides of proposed pairs). */
export async function practiceTexts(
  db: Db,
  ids: number[],
): Promise<Array<{ id: number; title: string | null; summary: string }>> {
  if (ids.length === 0) return [];
  return db.execute<{ id: number; title: string | null; summary: string }>(
    sql`select id, title, summary from practices where id = any(${sql.param(ids)}::int[])`,
  );
}

/**
 * Stores signatures computed from these practices' current summaries (the md5 is taken here, from
 * the row as it is in this transaction), replacing older ones.
 */
export async function savePracticeSignatures(
  db: Db,
  rows: ReadonlyArray<{ id: number; signature: Uint8Array }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into practice_signatures (practice_id, summary_md5, signature)
    select p.id, md5(p.summary), decode(v.signature, 'hex')
    from unnest(${sql.param(rows.map((r) => r.id))}::int[], ${sql.param(rows.map((r) => hex(r.signature)))}::text[]) as v(id, signature)
    join practices p on p.id = v.id
    on conflict (practice_id) do update set summary_md5 = excluded.summary_md5, signature = excluded.signature`);
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
