// @gp/ingest: imports ISSA exports (listing, CSV, JSON) into the database, with a dry run.
import path from "node:path";
import { fileURLToPath } from "node:url";

export {
  applyImport,
  type ApplyOptions,
  type ImportPlan,
  type ImportProgress,
  importFiles,
  planImport,
  type PlanOptions,
} from "./api";
export { fingerprint } from "./fingerprint";
export { normaliseForMatch } from "./normalise";
export { detectFormat, type ParsedFile, type ParsedRecord } from "./parse";
export type { ImportContent, ImportInput } from "./parse/input";
export {
  type AwardDistinction,
  type ImportError,
  type ImportFormat,
  importFormats,
  type ImportRecord,
  recordFields,
} from "./record";
export { DETAIL_LIMIT, type FileReport, formatReport, type ImportReport, type PracticeRef } from "./report";
export { issaTopicTree } from "./topic-tree";
export {
  formatTranslationReport,
  importTranslations,
  importTranslationsFile,
  type TranslationImportOptions,
  type TranslationImportReport,
} from "./translations/run";
export {
  applyTranslationPlan,
  isTranslationPlan,
  previewTranslations,
  type TranslationPlan,
  type TranslationPreview,
} from "./translations/upload";

/**
 * The ISSA listing the product ships with (91 records, 81 practices). Built from this module's own
 * path: `new URL("../seeds/…", import.meta.url)` is an asset reference to Next.js's bundler, which
 * broke the admin app's build (it imports this package).
 */
export const sampleListing = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../seeds/000_d035195890cc90f6.txt",
);

/** Sample translations of five practices of the sample listing into French, German and Spanish. */
export const sampleTranslations = path.join(path.dirname(fileURLToPath(import.meta.url)), "../seeds/translations.json");
