// Search test support shared with the apps: a brute-force reference for facets and a small fixture.
export {
  bruteForceFacets,
  loadPractices,
  topicSlugs,
  type BruteFacets,
  type PlainPractice,
} from "../queries/testing/brute-force";
export { expectFacetsToMatch, fixtureSearches } from "../queries/testing/facet-checks";
export { fixtureInstitutions, fixtureTopics, loadSearchFixture } from "../queries/testing/search-fixture";
