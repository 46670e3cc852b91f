import type { SearchEngine } from "../search/engine";
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { derivedTitle, vocabularyWords } from "../text";
import type { Lang } from "../search/analyser";
import { listColumns, type PracticeListItem, toListItem } from "./search";
import { topicNeighbours } from "./topic-neighbours";

/** What a public practice URL leads to. Drafts and unknown slugs are both "missing". */
export type PracticeRoute =
  | { kind: "published"; id: number }
  | { kind: "merged"; survivorSlug: string }
  | { kind: "withdrawn"; title: string }
  | { kind: "missing" };

/** A slug from a URL may hold a NUL (%00), which PostgreSQL text cannot: no practice has such a slug. */
function storable(slug: string): boolean {
  return !slug.includes("\u0000");
}

/** Where a slug leads; a merged practice is followed along its merge chain to a live survivor. */
export async function routePractice(db: Db, slug: string): Promise<PracticeRoute> {
  if (!storable(slug)) return { kind: "missing" };
  const [row] = await db.execute<{
    id: number;
    status: string;
    title: string | null;
    summary: string;
    survivor: string | null;
    survivorStatus: string | null;
  }>(sql`
    with recursive chain as (
      select id, status, merged_into_id, 0 as depth from practices where slug = ${slug}
      union all
      select p.id, p.status, p.merged_into_id, chain.depth + 1
      from practices p join chain on p.id = chain.merged_into_id
      where chain.depth < 20
    )
    select p.id, p.status, p.title, p.summary, s.slug as survivor, s.status as "survivorStatus"
    from practices p
    left join lateral (
      select q.slug, q.status from chain join practices q on q.id = chain.id
      where chain.merged_into_id is null order by chain.depth desc limit 1
    ) s on p.status = 'merged'
    where p.slug = ${slug}`);
  if (!row) return { kind: "missing" };
  if (row.status === "published") return { kind: "published", id: row.id };
  if (row.status === "withdrawn") return { kind: "withdrawn", title: row.title ?? derivedTitle(row.summary) };
  if (row.status === "merged" && row.survivor) {
    // A survivor that was itself withdrawn still answers for the merged slug: it says so itself.
    if (row.survivorStatus === "published" || row.survivorStatus === "withdrawn")
      return { kind: "merged", survivorSlug: row.survivor };
  }
  return { kind: "missing" };
}

export interface PracticeSource {
  fileName: string;
  sha256: string;
  importedAt: Date;
  line: number;
}

export interface PracticeDetail extends PracticeListItem {
  id: number;
  /** The summary in `language` (see PracticeListItem). */
  summary: string;
  /** The original's language (English unless recorded otherwise): `language` differs when a translation is shown. */
  originalLanguage: string;
  /** Topics with their parents, for breadcrumbs and links. */
  topicPath: Array<{ slug: string; name: string; parent: { slug: string; name: string } | null }>;
  curatedAt: Date | null;
  curatedFields: string[];
  createdAt: Date;
  updatedAt: Date;
  sources: PracticeSource[];
}

/** A published practice with everything its page shows, its text in `lang` when translated into it, or null. */
export async function getPublicPractice(db: Db, slug: string, lang: Lang = "en"): Promise<PracticeDetail | null> {
  if (!storable(slug)) return null;
  const [row] = await db.execute<Record<string, unknown>>(sql`
    select p.id, ${listColumns(lang)}, p.curated_at as "curatedAt", p.curated_fields as "curatedFields",
      p.created_at as "createdAt", p.updated_at as "updatedAt",
      (select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name,
          'parent', case when pt.id is null then null else json_build_object('slug', pt.slug, 'name', pt.name) end) order by t.name), '[]'::json)
        from topics t left join topics pt on pt.id = t.parent_id where t.id = any(p.topic_ids)) as "topicPath",
      -- Provenance includes the records of practices merged into this one.
      (select coalesce(json_agg(json_build_object('fileName', b.file_name, 'sha256', b.sha256, 'importedAt', b.started_at, 'line', s.line)
          order by b.started_at, s.line), '[]'::json)
        from practice_sources s join import_batches b on b.id = s.batch_id
        -- An array of ids, so the sources are found by their index (an "or" scanned them all: 16 ms at 100k).
        where s.practice_id = any (array(
          with recursive merged as (
            select p.id union select m.id from practices m join merged on m.merged_into_id = merged.id)
          select id from merged))) as sources
    from practices p
      join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
    where p.slug = ${slug} and p.status = 'published'`);
  if (!row) return null;
  const item = toListItem(row as never, lang);
  const sources = (row.sources as Array<Omit<PracticeSource, "importedAt"> & { importedAt: string }>).map((s) => ({
    ...s,
    importedAt: new Date(s.importedAt),
  }));
  return {
    ...item,
    id: row.id as number,
    summary: ((row.translation as { summary: string } | null) ?? row).summary as string,
    originalLanguage: row.originalLanguage as string,
    topicPath: row.topicPath as PracticeDetail["topicPath"],
    // Timestamps come back as text from db.execute.
    curatedAt: row.curatedAt ? new Date(row.curatedAt as string) : null,
    curatedFields: row.curatedFields as string[],
    createdAt: new Date(row.createdAt as string),
    updatedAt: new Date(row.updatedAt as string),
    sources,
  };
}

/**
 * A text's most distinctive words: the rarest in the vocabulary (in more than one practice), up to
 * 8, but only as many as are in at most `budget` practices together (the rarest one always).
 * Every practice they match is ranked, and in a large collection even the rarest words of a text
 * can each be in thousands of practices: at 100k practices, eight matched 20-40k practices, 300 ms.
 */
export async function distinctiveWords(db: Db, words: string[], budget = 5000): Promise<string[]> {
  if (words.length === 0) return [];
  const rows = await db.execute<{ term: string }>(sql`
    select term from (
      select term, documents, sum(documents) over (order by documents, term) as matched
      from search_terms where term = any(${sql.param(words)}::text[]) and documents > 1
      order by documents, term limit 8
    ) w
    where matched <= ${budget} or matched = documents
    order by documents, term`);
  return rows.map((row) => row.term);
}

/** How many practices matching the distinctive words `relatedPractices` ranks at most. */
const RANKED_MATCHES = 2000;

/**
 * Practices like this one: those sharing the most topics, and those matching its most distinctive
 * words (the rarest in the vocabulary), scored together.
 */
export async function relatedPractices(
  db: Db,
  practice: { id: number },
  { limit = 5, engine, lang = "en" }: { limit?: number; engine?: SearchEngine; lang?: Lang } = {},
): Promise<PracticeListItem[]> {
  // From the web instance's index once it has every change committed so far (search/related.ts).
  if (engine && (await engine.refresh(db))) {
    const related = engine.related(practice.id, limit, lang);
    if (related) return related;
  }
  // The original's words (the page may show a translation): the vocabulary and search_vector are the originals'.
  const [me] = await db.execute<{ topicIds: number[]; text: string }>(
    sql`select topic_ids as "topicIds", concat_ws(' ', title, summary) as text from practices where id = ${practice.id}`,
  );
  const words = vocabularyWords(me?.text ?? "");
  const rare = await distinctiveWords(db, words);
  const text = rare.join(" or ");
  const query = sql`websearch_to_tsquery('gp_english', ${text})`;
  // Ranked among the first RANKED_MATCHES matches only: a rare word's stem can be common (managing →
  // manag, as in management), and ranking all of 40k matches took 300 ms at 100k practices.
  const textCandidates = text
    ? sql`union
      (select m.id from (
         select p.id, p.search_vector from practices p
         where p.search_vector @@ ${query} and p.status = 'published' and p.id <> ${practice.id}
         limit ${RANKED_MATCHES}) m
       order by ts_rank(m.search_vector, ${query}) desc limit 100)`
    : sql``;
  const neighbours = await topicNeighbours(db, practice.id, me?.topicIds ?? []);
  const rows = await db.execute<Record<string, unknown>>(sql`
    with me as (select id, topic_ids from practices where id = ${practice.id}),
    candidates as (
      select unnest(${sql.param(neighbours)}::int[]) as id
      ${textCandidates}
    )
    select ${listColumns(lang)},
      (select count(*) from unnest(p.topic_ids) t where t = any(me.topic_ids))::float / greatest(cardinality(me.topic_ids), 1)
        + ${text ? sql`ts_rank(p.search_vector, ${query}) * 4` : sql`0`} as score
    from candidates
      join practices p on p.id = candidates.id
      join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
      cross join me
    order by score desc, p.award_year desc nulls last, p.id desc
    limit ${limit}`);
  return rows.map((row) => toListItem(row as never, lang));
}
