import { and, asc, count, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client-core";
import { countries, institutions, practices, topics } from "../schema";
import { derivedTitle } from "../text";
import type { PracticeStatus } from "./practice-snapshot";

// The editors' list of practices: filters, sorts and paging, all in SQL on the server.
export const practiceSorts = [
  "title",
  "institution",
  "country",
  "implementationYear",
  "awardYear",
  "status",
  "updatedAt",
] as const;
export type PracticeSort = (typeof practiceSorts)[number];

export interface PracticeListParams {
  page: number;
  pageSize: number;
  sort?: PracticeSort;
  desc?: boolean;
  /** Words (websearch syntax) over the search document, part of a title, a slug or an id. */
  q?: string;
  topicId?: number;
  countryId?: number;
  /** Without it, every status but "merged". */
  status?: PracticeStatus;
  /** Implementation or award year. */
  year?: number;
  /** Queues: practices without a title, or without topics. */
  untitled?: boolean;
  untagged?: boolean;
}

export interface PracticeListRow {
  id: number;
  slug: string;
  title: string;
  /** True when the title is derived from the summary (no editor has set one). */
  titleDerived: boolean;
  institution: string;
  country: string;
  countryCode: string;
  implementationYear: number | null;
  awardYear: number | null;
  status: PracticeStatus;
  topics: string[];
  updatedAt: Date;
}

function listWhere(params: PracticeListParams): SQL | undefined {
  const q = params.q?.trim();
  return and(
    params.status ? eq(practices.status, params.status) : ne(practices.status, "merged"),
    params.topicId !== undefined ? sql`${practices.topicIds} @> array[${params.topicId}]::int[]` : undefined,
    params.countryId !== undefined ? eq(institutions.countryId, params.countryId) : undefined,
    params.year !== undefined
      ? or(eq(practices.implementationYear, params.year), eq(practices.awardYear, params.year))
      : undefined,
    params.untitled ? sql`${practices.title} is null` : undefined,
    params.untagged ? sql`cardinality(${practices.topicIds}) = 0` : undefined,
    q
      ? or(
          sql`${practices.searchVector} @@ websearch_to_tsquery('gp_english', ${q})`,
          sql`${practices.title} ilike ${`%${q.replace(/[\\%_]/g, "\\$&")}%`}`,
          eq(practices.slug, q),
          /^\d{1,9}$/.test(q) ? eq(practices.id, Number(q)) : undefined,
        )
      : undefined,
  );
}

const sortColumns: Record<PracticeSort, SQL> = {
  title: sql`lower(coalesce(${practices.title}, ${practices.summary}))`,
  institution: sql`lower(${institutions.name})`,
  country: sql`${countries.name}`,
  implementationYear: sql`${practices.implementationYear}`,
  awardYear: sql`${practices.awardYear}`,
  status: sql`${practices.status}`,
  updatedAt: sql`${practices.updatedAt}`,
};

/** One page of practices for the curation table (server-side paging, sorting, search and filters). */
export async function listPractices(
  db: Db,
  params: PracticeListParams,
): Promise<{ rows: PracticeListRow[]; total: number }> {
  const where = listWhere(params);
  const order = sortColumns[params.sort ?? "updatedAt"];
  // Newest changes first by default.
  const descending = params.desc ?? params.sort === undefined;
  const direction = descending ? sql`desc nulls last` : sql`asc nulls last`;
  const rows = await db
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      summary: sql<string>`left(${practices.summary}, 400)`,
      institution: institutions.name,
      country: countries.name,
      countryCode: countries.code,
      implementationYear: practices.implementationYear,
      awardYear: practices.awardYear,
      status: practices.status,
      topics: sql<
        string[]
      >`array(select t.name from ${topics} t where t.id = any(${practices.topicIds}) order by t.name)`,
      updatedAt: practices.updatedAt,
    })
    .from(practices)
    .innerJoin(institutions, eq(institutions.id, practices.institutionId))
    .innerJoin(countries, eq(countries.id, institutions.countryId))
    .where(where)
    .orderBy(sql`${order} ${direction}`, asc(practices.id))
    .limit(params.pageSize)
    .offset(params.page * params.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(practices)
    .innerJoin(institutions, eq(institutions.id, practices.institutionId))
    .where(where);
  return {
    rows: rows.map(({ summary, title, ...row }) => ({
      ...row,
      title: title ?? derivedTitle(summary),
      titleDerived: title === null,
    })),
    total: total?.n ?? 0,
  };
}
