// The shapes of facet counts and of a search pass, shared by the search module and its callers.
import type { Sort } from "./search-params";
import type { SnapshotCache } from "./snapshot-cache";

export interface FacetOption {
  slug: string;
  name: string;
  count: number;
}

export interface TopicOption extends FacetOption {
  /** Slug of the parent topic; null for a root. */
  parent: string | null;
  /** Depth in the tree, 0 for roots. */
  depth: number;
}

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Disjunctive facet counts: each facet counts the practices that match the query and every other
 * facet's selection, ignoring its own, so picking a second value in a facet shows what it adds.
 */
export interface Facets {
  /** The whole tree in display order (parents before their children); a parent counts its descendants. */
  topic: TopicOption[];
  /** Values with at least one practice, most first. */
  country: FacetOption[];
  region: FacetOption[];
  /** The institutions with the most practices (up to `institutionLimit`). */
  institution: FacetOption[];
  implementationYear: YearCount[];
  awardYear: YearCount[];
  distinction: FacetOption[];
}

export interface FacetOptions {
  /** How many institutions to list (selected ones are always listed). Default 30. */
  institutionLimit?: number;
}

export interface PassOptions extends FacetOptions {
  sort: Sort;
  page: number;
  pageSize: number;
  /** Reuse facet counts computed under the same database snapshot (see SnapshotCache). */
  cache?: SnapshotCache;
}

export interface SearchPass {
  total: number;
  /** The ids of the page's practices, in order. */
  ids: number[];
  facets: Facets;
}
