// The public surface of search: the request shape (parameters), filters, facets, paging and export.
export {
  DEFAULT_PAGE_SIZE,
  effectiveSort,
  hasFilters,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  slugFacets,
  sorts,
  toQueryString,
  type ParamIssue,
  type ParsedSearchParams,
  type RawSearchParams,
  type SearchParams,
  type SlugFacet,
  type Sort,
} from "./queries/search-params";
export {
  everything,
  facetKeys,
  resolveFilter,
  type FacetKey,
  type Resolution,
  type ResolvedFilter,
  type SelectedValue,
} from "./queries/search-filter";
export {
  searchFacets,
  topicFacet,
  type FacetOption,
  type FacetOptions,
  type Facets,
  type TopicOption,
  type YearCount,
} from "./queries/facets";
export {
  excerpt,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  searchPractices,
  type PageOptions,
  type PracticeListItem,
  type PracticePage,
} from "./queries/search";
export { runSearch, type RunSearchOptions, type SearchOutcome } from "./queries/public-search";
export { streamPractices, type ExportOrder, type ExportRow } from "./queries/search-export";
export { addSearchTermCounts, addSearchTerms, countSearchTerms, rebuildSearchTerms } from "./queries/search-terms";
export { suggestQuery } from "./queries/did-you-mean";
export { SnapshotCache } from "./queries/snapshot-cache";
export { readyEngine, SearchEngine } from "./search/index";
export {
  defaultPruneOptions,
  pruneSearchChanges,
  type PruneOptions,
  type PruneResult,
} from "./search/change-feed-prune";
