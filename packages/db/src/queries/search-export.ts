import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "../client-core";
import { derivedTitle } from "../text";
import { type ResolvedFilter, searchFrom, whereClause } from "./search-filter";
import { effectiveSort, type Sort } from "./search-params";
import { textRank, translationOf } from "./search-language";

/** One practice as the open-data downloads and the feed give it. */
export interface ExportRow {
  slug: string;
  title: string;
  titleDerived: boolean;
  summary: string;
  /** The language of title and summary: the filter's where the practice is translated into it, else the original's. */
  language: string;
  institution: string;
  institutionSlug: string;
  acronym: string | null;
  country: string;
  countryCode: string;
  region: string;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: string | null;
  topics: string[];
  createdAt: Date;
  updatedAt: Date;
}

export type ExportOrder = Sort | "newest-added";

const dialect = new PgDialect();

function orderFor(order: ExportOrder, filter: ResolvedFilter) {
  if (order === "newest-added") return sql`p.created_at desc, p.id desc`;
  if (order === "newest-implementation")
    return sql`p.implementation_year desc nulls last, p.award_year desc nulls last, p.id desc`;
  if (order === "relevance" && filter.q !== "") {
    return sql`${textRank(filter.q, filter.lang ?? "en")} desc, p.award_year desc nulls last, p.id desc`;
  }
  return sql`p.award_year desc nulls last, p.implementation_year desc nulls last, p.id desc`;
}

/**
 * Every practice matching a search, in batches from a server-side cursor, so a download of the
 * whole database streams in constant memory. Needs the pool (a cursor holds a connection).
 */
export async function* streamPractices(
  db: Database,
  filter: ResolvedFilter,
  options: { order?: ExportOrder; limit?: number; batchSize?: number } = {},
): AsyncGenerator<ExportRow[]> {
  const order = options.order ?? effectiveSort({ q: filter.q });
  const lang = filter.lang ?? "en";
  const query = dialect.sqlToQuery(sql`
    select p.slug, p.title, p.summary, coalesce(p.language, 'en') as "originalLanguage",
      ${translationOf(lang)} as translation, i.name as institution, i.slug as "institutionSlug", i.acronym,
      c.name as country, c.code as "countryCode", r.name as region,
      p.implementation_year as "implementationYear", p.award_year as "awardYear", p.award_distinction as "awardDistinction",
      coalesce((select array_agg(t.name order by t.name) from topics t where t.id = any(p.topic_ids)), '{}') as topics,
      p.created_at as "createdAt", p.updated_at as "updatedAt"
    from ${searchFrom} join regions r on r.id = c.region_id
    where ${whereClause(filter)}
    order by ${orderFor(order, filter)}
    ${options.limit ? sql`limit ${options.limit}` : sql``}`);
  const cursor = db.$client.unsafe(query.sql, query.params as never[]).cursor(options.batchSize ?? 500);
  for await (const rows of cursor) {
    yield rows.map((row) => {
      const { originalLanguage, translation, ...r } = row as unknown as Omit<
        ExportRow,
        "titleDerived" | "title" | "language"
      > & {
        title: string | null;
        originalLanguage: string;
        translation: { title: string | null; summary: string } | null;
      };
      const { title, summary } = translation ?? r;
      // The pool hands timestamps over as text (drizzle's parsers).
      return {
        ...r,
        title: title ?? derivedTitle(summary),
        titleDerived: title === null,
        summary,
        language: translation ? lang : originalLanguage,
        createdAt: new Date(r.createdAt),
        updatedAt: new Date(r.updatedAt),
      };
    });
  }
}
