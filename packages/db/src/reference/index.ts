export { referenceCountries, type ReferenceCountry } from "./countries";
export { issaRegions, type RegionSlug } from "./regions";
export { seedReferenceData } from "./seed";
