// The public surface of curation: editors' practice list, edits, new award entries, history and conflicts.
export { curatableFields, type CuratableField } from "./schema/practices";
export {
  CurationError,
  editableStatuses,
  publishNeedsTopic,
  snapshotOf,
  type PracticeSnapshot,
  type PracticeState,
  type PracticeStatus,
} from "./queries/practice-snapshot";
export {
  bulkUpdatePractices,
  getPracticeDetail,
  practicesByIds,
  updatePractice,
  type BulkOperation,
  type PracticeDetail,
  type UpdateResult,
} from "./queries/curation-practices";
export {
  listPractices,
  practiceSorts,
  type PracticeListParams,
  type PracticeListRow,
  type PracticeSort,
} from "./queries/practice-list";
export {
  countryOptions,
  createAwardEntry,
  findOrCreateInstitution,
  institutionOptions,
  type InstitutionOption,
  type NewAwardEntry,
  type NewInstitution,
} from "./queries/award-entries";
export { practiceHistory, revertPractice, type HistoryEvent } from "./queries/history";
export {
  dashboardCounts,
  listOpenConflicts,
  practiceQueue,
  resolveConflict,
  type ConflictRow,
  type DashboardCounts,
  type QueueItem,
} from "./queries/dashboard";
export { countriesWithInstitutions, namesOf, practiceYears, type NameLookup } from "./queries/practice-lookups";
