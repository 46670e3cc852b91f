import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { translationLanguages, type TranslationLanguage } from "../schema";

/** Practices that want translating: live ones (published or draft); merged and withdrawn ones do not. */
const live = sql`p.status in ('published', 'draft')`;
/** A practice needs no translation into its own language; an unset language is English. */
const missingIn = (language: string) => sql`${live} and coalesce(p.language, 'en') <> ${language}
  and not exists (select 1 from practice_translations t where t.practice_id = p.id and t.language = ${language})`;
const outdated = sql`(t.source_summary is distinct from p.summary or t.source_title is distinct from p.title)`;

export interface TranslationCounts {
  language: TranslationLanguage;
  missing: number;
  outdated: number;
}

/** Per language: live practices without a translation, and translations outdated by their original. */
export async function translationCounts(db: Db): Promise<TranslationCounts[]> {
  return Promise.all(
    translationLanguages.map(async (language) => {
      const [row] = await db.execute<{ missing: number; outdated: number }>(sql`
        select (select count(*) from practices p where ${missingIn(language)})::int as missing,
          (select count(*) from practice_translations t join practices p on p.id = t.practice_id
           where t.language = ${language} and ${live} and ${outdated})::int as outdated`);
      return { language, missing: row?.missing ?? 0, outdated: row?.outdated ?? 0 };
    }),
  );
}

export interface TranslationQueueParams {
  language: TranslationLanguage;
  kind: "missing" | "outdated";
  page: number;
  pageSize: number;
}

export type TranslationQueueRow = {
  id: number;
  slug: string;
  title: string | null;
  summary: string;
  status: string;
};

/** One page of the practices missing a translation into a language, or whose translation is outdated. */
export async function translationQueue(
  db: Db,
  params: TranslationQueueParams,
): Promise<{ rows: TranslationQueueRow[]; total: number }> {
  const from =
    params.kind === "missing"
      ? sql`from practices p where ${missingIn(params.language)}`
      : sql`from practice_translations t join practices p on p.id = t.practice_id
          where t.language = ${params.language} and ${live} and ${outdated}`;
  const rows = await db.execute<TranslationQueueRow>(sql`
    select p.id, p.slug, p.title, left(p.summary, 300) as summary, p.status::text as status ${from}
    order by p.id limit ${params.pageSize} offset ${params.page * params.pageSize}`);
  const [total] = await db.execute<{ n: number }>(sql`select count(*)::int as n ${from}`);
  return { rows: [...rows], total: total?.n ?? 0 };
}
