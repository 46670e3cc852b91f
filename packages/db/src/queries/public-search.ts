import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { suggestQuery } from "./did-you-mean";
import { type Facets, type FacetOptions, searchFacets } from "./facets";
import { resolveFilter, type ResolvedFilter, type SelectedValue } from "./search-filter";
import type { ParamIssue, ParsedSearchParams, SearchParams } from "./search-params";
import { type PracticePage, searchPractices } from "./search";

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
}

export interface RunSearchOptions extends FacetOptions {
  facets?: boolean;
  /** Retry a query that finds nothing with its spelling correction (default true). */
  correct?: boolean;
}

/** True when websearch_to_tsquery finds at least one word to search for. */
async function hasSearchableWords(db: Db, q: string): Promise<boolean> {
  const [row] = await db.execute<{ n: number }>(sql`select numnode(websearch_to_tsquery('gp_english', ${q})) as n`);
  return (row?.n ?? 0) > 0;
}

/**
 * The public search: resolves the filters, finds a page of practices and (optionally) the facet
 * counts. A query that finds nothing is retried with its spelling correction ("did you mean").
 */
export async function runSearch(db: Db, parsed: ParsedSearchParams, options: RunSearchOptions = {}): Promise<SearchOutcome> {
  const { params } = parsed;
  const resolution = await resolveFilter(db, params);
  const issues = [...parsed.issues, ...resolution.issues];
  let filter = resolution.filter;
  let ignoredQuery: string | undefined;
  if (filter.q && !(await hasSearchableWords(db, filter.q))) {
    ignoredQuery = filter.q;
    filter = { ...filter, q: "" };
  }
  const page = { sort: params.sort, page: params.page, pageSize: params.pageSize };
  const facets = (f: ResolvedFilter) => (options.facets ? searchFacets(db, f, options) : Promise.resolve(undefined));

  const [results, facetCounts] = await Promise.all([searchPractices(db, filter, page), facets(filter)]);
  const outcome: SearchOutcome = { params, issues, selected: resolution.selected, filter, ignoredQuery, results, facets: facetCounts };
  if (results.total > 0 || !filter.q || options.correct === false) return outcome;

  const suggestion = await suggestQuery(db, filter.q);
  if (!suggestion) return outcome;
  const corrected = { ...filter, q: suggestion };
  const [correctedResults, correctedFacets] = await Promise.all([searchPractices(db, corrected, page), facets(corrected)]);
  if (correctedResults.total === 0) return outcome;
  return { ...outcome, filter: corrected, correction: { from: filter.q, to: suggestion }, results: correctedResults, facets: correctedFacets };
}
