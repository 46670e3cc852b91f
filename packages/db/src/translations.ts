// The public surface of translations: practices' titles and summaries in other languages (editors and
// imports), the translation queues, and topic and region names per language.
export {
  practiceTranslations,
  regionTranslations,
  topicTranslations,
  translationLanguages,
  type TranslationLanguage,
} from "./schema/translations";
export type { StoredTranslation, TranslationState } from "./queries/translation-writes";
export {
  outdatedCondition,
  publishedTranslation,
  revertTranslation,
  saveTranslation,
  translationsOf,
  type PracticeTranslation,
  type SaveTranslationParams,
  type SaveTranslationResult,
} from "./queries/translations";
export {
  translationCounts,
  translationQueue,
  type TranslationCounts,
  type TranslationQueueParams,
  type TranslationQueueRow,
} from "./queries/translation-queue";
export {
  missingNames,
  regionList,
  setTranslatedName,
  translatedNames,
  type NamedKind,
  type TranslatedName,
} from "./queries/taxonomy-names";
export {
  IMPORT_LOCK,
  importTranslationRecords,
  type TranslationImportOutcome,
  type TranslationRecord,
} from "./queries/translation-import";
export { localizedNames, type LocalizedNames } from "./queries/localized-names";
