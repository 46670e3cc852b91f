import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { suggestQuery } from "./did-you-mean";
import { type Facets, type FacetOptions, searchPass } from "./facets";
import { resolveFilter, type ResolvedFilter, type SelectedValue } from "./search-filter";
import type { SnapshotCache } from "./snapshot-cache";
import type { SearchEngine } from "../search/engine";
import { resolveInMemory } from "../search/resolve";
import type { Lang } from "../search/analyser";
import { searchable as searchableText } from "../search/text-match";
import { searchableWords } from "./search-language";
import { effectiveSort, type ParamIssue, type ParsedSearchParams, type SearchParams } from "./search-params";
import { listPractices, type PracticePage, searchPractices } from "./search";

export interface SearchOutcome {
  params: SearchParams;
  /** Invalid values and unknown slugs: shown on the page, a 400 from the API. */
  issues: ParamIssue[];
  selected: SelectedValue[];
  filter: ResolvedFilter;
  /** Set when the query found nothing and its spelling correction did: the results are the correction's. */
  correction?: { from: string; to: string };
  /** Set when the query had no searchable words (only stop words or punctuation) and was ignored. */
  ignoredQuery?: string;
  results: PracticePage;
  facets?: Facets;
  /**
   * When the index answered: the database snapshot it was current to, read after the request
   * arrived; a SnapshotCache lookup of the same request can use it instead of reading one.
   */
  snapshot?: string;
}

export interface RunSearchOptions extends FacetOptions {
  facets?: boolean;
  /** Reuse an outcome computed under the same database snapshot (see SnapshotCache). */
  cache?: SnapshotCache;
  /** Retry a query that finds nothing with its spelling correction (default true). */
  correct?: boolean;
  /**
   * Answer from this in-process index (brought up to date from the change feed first) instead of
   * SQL; the cache is then not used.
   */
  engine?: SearchEngine;
  /** The language searched and shown: translations into it first, then originals (default English). */
  lang?: Lang;
}

/** True when websearch_to_tsquery finds at least one word to search for, in English or in `lang`. */
async function hasSearchableWords(db: Db, q: string, lang: Lang): Promise<boolean> {
  const [row] = await db.execute<{ n: number }>(sql`select ${searchableWords(q, lang)} as n`);
  return (row?.n ?? 0) > 0;
}

/**
 * The public search: resolves the filters, finds a page of practices and (optionally) the facet
 * counts. A query that finds nothing is retried with its spelling correction ("did you mean").
 */
export async function runSearch(
  db: Db,
  parsed: ParsedSearchParams,
  options: RunSearchOptions = {},
): Promise<SearchOutcome> {
  const { cache, ...rest } = options;
  if (options.engine) return search(db, parsed, options);
  if (cache) return cache.get(db, JSON.stringify(["runSearch", parsed, rest]), () => search(db, parsed, options));
  return search(db, parsed, options);
}

async function search(db: Db, parsed: ParsedSearchParams, options: RunSearchOptions): Promise<SearchOutcome> {
  const { params } = parsed;
  const { cache } = options;
  // The index answers once it has every change committed so far; SQL while it builds or reloads.
  const engine = options.engine && (await options.engine.refresh(db)) ? options.engine : undefined;
  const snapshot = engine?.current ?? undefined;
  const resolution = engine ? resolveInMemory(engine.store.lookups, params) : await resolveFilter(db, params);
  const issues = [...parsed.issues, ...resolution.issues];
  const lang = options.lang ?? "en";
  let filter: ResolvedFilter = { ...resolution.filter, lang };
  let ignoredQuery: string | undefined;
  const searchable = async (q: string) => (engine ? searchableText(q, lang) : hasSearchableWords(db, q, lang));
  if (filter.q && !(await searchable(filter.q))) {
    ignoredQuery = filter.q;
    filter = { ...filter, q: "" };
  }
  const page = { sort: params.sort, page: params.page, pageSize: params.pageSize };
  // With facets, one pass over the matching rows gives the page, the total and every count.
  const run = async (f: ResolvedFilter): Promise<{ results: PracticePage; facets?: Facets }> => {
    if (engine) {
      const answer = engine.search(f, page, options);
      return {
        results: { total: answer.total, page: params.page, pageSize: params.pageSize, items: answer.items },
        facets: answer.facets,
      };
    }
    if (!options.facets) return { results: await searchPractices(db, f, page) };
    const pass = await searchPass(db, f, {
      ...options,
      ...page,
      sort: effectiveSort({ q: f.q, sort: params.sort }),
      cache,
    });
    const items = await listPractices(db, pass.ids, f.q, lang);
    return { results: { total: pass.total, page: params.page, pageSize: params.pageSize, items }, facets: pass.facets };
  };

  const first = await run(filter);
  const outcome: SearchOutcome = {
    params,
    issues,
    selected: resolution.selected,
    filter,
    ignoredQuery,
    snapshot,
    ...first,
  };
  if (first.results.total > 0 || !filter.q || options.correct === false) return outcome;

  const suggestion = await suggestQuery(db, filter.q);
  if (!suggestion) return outcome;
  const corrected = { ...filter, q: suggestion };
  const second = await run(corrected);
  if (second.results.total === 0) return outcome;
  return { ...outcome, ...second, filter: corrected, correction: { from: filter.q, to: suggestion } };
}
