// The public surface of published practices: a practice's page and related practices, and the browse pages.
export {
  getPublicPractice,
  relatedPractices,
  routePractice,
  type PracticeDetail,
  type PracticeRoute,
  type PracticeSource,
} from "./queries/public-practices";
export {
  countryCounts,
  getCountry,
  getInstitution,
  getTopic,
  headlineCounts,
  latestAwarded,
  mapCountries,
  sitemapBrowse,
  sitemapPractices,
  type CountryCount,
  type CountrySummary,
  type HeadlineCounts,
  type InstitutionSummary,
  type MapCountry,
  type SitemapEntry,
  type TopicSummary,
} from "./queries/browse";
export { collectionOverview, type LatestOptions, type Overview, type OverviewOptions } from "./queries/overview";
