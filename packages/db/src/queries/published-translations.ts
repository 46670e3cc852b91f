import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { TranslationLanguage } from "../schema";

/** A practice's original language and its published translation into one language, if any. */
export interface PublishedText {
  /** The original's language as stored (null: English, as the ISSA listing export is). */
  language: string | null;
  translation: { title: string | null; summary: string } | null;
}

/**
 * For a list of practices (by slug, at most a page or an export batch), each one's original
 * language and published translation into `language`: one query for the whole list, so a list
 * (the home page's latest, a feed, a download's batch) follows the fallback rule without a query
 * per practice.
 */
export async function publishedTexts(
  db: Db,
  slugs: string[],
  language: TranslationLanguage,
): Promise<Map<string, PublishedText>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.execute<{
    slug: string;
    language: string | null;
    title: string | null;
    summary: string | null;
  }>(sql`
    select p.slug, p.language, x.title, x.summary
    from practices p
      left join practice_translations x
        on x.practice_id = p.id and x.language = ${language} and x.status = 'published'
    where p.slug = any(${sql.param(slugs)}::text[])
    limit ${slugs.length}`);
  return new Map(
    rows.map((r) => [
      r.slug,
      { language: r.language, translation: r.summary === null ? null : { title: r.title, summary: r.summary } },
    ]),
  );
}
