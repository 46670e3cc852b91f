import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { derivedTitle } from "../text";
import { type ResolvedFilter, searchFrom, whereClause } from "./search-filter";
import { effectiveSort, type Sort } from "./search-params";
import type { Lang } from "../search/analyser";
import { textHeadline, textRank, translationOf } from "./search-language";

/** Marks around highlighted words in snippets: private-use characters no summary contains. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export interface PracticeListItem {
  slug: string;
  title: string;
  /** True when the practice has no title yet and `title` was derived from the summary. */
  titleDerived: boolean;
  /**
   * The language of `title`, `summary` and `snippet`: the language asked for when the practice is
   * translated into it, else its original's (English unless recorded otherwise).
   */
  language: string;
  /** The start of the summary, or with a query the matching passages between HIGHLIGHT_START/END marks. */
  snippet: string;
  institution: { slug: string; name: string; acronym: string | null };
  country: { slug: string; name: string; code: string };
  region: { slug: string; name: string };
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: string | null;
  topics: Array<{ slug: string; name: string }>;
}

export interface PracticePage {
  total: number;
  page: number;
  pageSize: number;
  items: PracticeListItem[];
}

export interface PageOptions {
  sort?: Sort;
  page: number;
  pageSize: number;
}

/** ORDER BY of a sort; relevance needs a query and falls back to the newest award without one. */
function orderBy(sort: Sort, hasText: boolean, prefix: SQL, rank: SQL): SQL {
  const award = sql`${prefix}award_year desc nulls last, ${prefix}implementation_year desc nulls last, ${prefix}id desc`;
  if (sort === "relevance" && hasText) return sql`${rank} desc, ${award}`;
  if (sort === "newest-implementation") {
    return sql`${prefix}implementation_year desc nulls last, ${prefix}award_year desc nulls last, ${prefix}id desc`;
  }
  return award;
}

/** A list item's columns over `practices p join institutions i join countries c join regions r`, its text in `lang` where translated. */
export const listColumns = (lang: Lang = "en") => sql`
  p.slug, p.title, p.summary, coalesce(p.language, 'en') as "originalLanguage", ${translationOf(lang)} as translation,
  p.implementation_year as "implementationYear", p.award_year as "awardYear",
  p.award_distinction as "awardDistinction",
  json_build_object('slug', i.slug, 'name', i.name, 'acronym', i.acronym) as institution,
  json_build_object('slug', c.slug, 'name', c.name, 'code', c.code) as country,
  json_build_object('slug', r.slug, 'name', r.name) as region,
  (select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name), '[]'::json)
     from topics t where t.id = any(p.topic_ids)) as topics`;

type ListRow = {
  total?: number;
  slug: string;
  title: string | null;
  summary: string;
  originalLanguage: string;
  translation: { title: string | null; summary: string } | null;
  snippet?: string | null;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: string | null;
  institution: PracticeListItem["institution"];
  country: PracticeListItem["country"];
  region: PracticeListItem["region"];
  topics: PracticeListItem["topics"];
};

/** The start of a summary at a word boundary, for lists without a query. */
export function excerpt(summary: string, length = 260): string {
  const flat = summary.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** A ts_headline fragment with ellipses where it cuts the summary; the excerpt when nothing in the summary matched. */
function snippetOf(text: string, headline: string | null | undefined): string {
  const fragment = headline?.replace(/\s+/g, " ").trim();
  if (!fragment || !fragment.includes(HIGHLIGHT_START)) return excerpt(text);
  const plain = fragment.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");
  const summary = text.replace(/\s+/g, " ").trim();
  return `${summary.startsWith(plain.slice(0, 30)) ? "" : "… "}${fragment}${summary.endsWith(plain.slice(-30)) ? "" : " …"}`;
}

/** A list item from its row (listColumns): in `lang` when the row has a translation into it. */
export function toListItem(row: ListRow, lang: Lang = "en"): PracticeListItem {
  const { title, summary } = row.translation ?? row;
  return {
    slug: row.slug,
    title: title ?? derivedTitle(summary),
    titleDerived: title === null,
    language: row.translation ? lang : row.originalLanguage,
    snippet: snippetOf(summary, row.snippet),
    institution: row.institution,
    country: row.country,
    region: row.region,
    implementationYear: row.implementationYear,
    awardYear: row.awardYear,
    awardDistinction: row.awardDistinction,
    topics: row.topics,
  };
}

/** One page of the practices matching a search, with the total; only the page's rows get snippets. */
export async function searchPractices(db: Db, filter: ResolvedFilter, options: PageOptions): Promise<PracticePage> {
  const sort = effectiveSort({ q: filter.q, sort: options.sort });
  const hasText = filter.q !== "";
  const lang = filter.lang ?? "en";
  // Ranking costs a read of every matching document, so it is computed only when sorting by it.
  const rank = sort === "relevance" && hasText ? textRank(filter.q, lang) : sql`0::real`;
  const offset = (options.page - 1) * options.pageSize;
  const snippet = hasText ? textHeadline(filter.q, lang) : sql`null`;

  const rows = await db.execute<ListRow>(sql`
    with hits as (
      select p.id, ${rank} as rank, p.award_year, p.implementation_year, count(*) over () as total
      from ${searchFrom}
      where ${whereClause(filter)}
      order by ${orderBy(sort, hasText, sql`p.`, sql`rank`)}
      limit ${options.pageSize} offset ${offset}
    )
    select h.total::int as total, ${listColumns(lang)}, ${snippet} as snippet
    from hits h
      join practices p on p.id = h.id
      join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
    order by ${orderBy(sort, hasText, sql`h.`, sql`h.rank`)}`);

  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && options.page > 1) {
    // Past the last page: the count still tells the reader how many pages there are.
    const [row] = await db.execute<{ total: number }>(
      sql`select count(*)::int as total from ${searchFrom} where ${whereClause(filter)}`,
    );
    total = row?.total ?? 0;
  }
  return { total, page: options.page, pageSize: options.pageSize, items: rows.map((row) => toListItem(row, lang)) };
}

/** The practices with these ids, in this order, in `lang` where translated, with snippets for the query (if any). */
export async function listPractices(db: Db, ids: number[], q: string, lang: Lang = "en"): Promise<PracticeListItem[]> {
  if (ids.length === 0) return [];
  const snippet = q ? textHeadline(q, lang) : sql`null`;
  const rows = await db.execute<ListRow & { id: number }>(sql`
    select p.id, ${listColumns(lang)}, ${snippet} as snippet
    from practices p
      join institutions i on i.id = p.institution_id
      join countries c on c.id = i.country_id
      join regions r on r.id = c.region_id
    where p.id = any(${sql.param(ids)}::int[])`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListItem(row, lang)] : [];
  });
}
