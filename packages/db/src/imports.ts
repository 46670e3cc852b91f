// The public surface of imports: uploads awaiting confirmation and the batches already applied.
export {
  deletePendingImport,
  getPendingImport,
  listImportBatches,
  listPendingImports,
  pendingImportTtlHours,
  savePendingImport,
  type ImportBatchRow,
  type PendingImport,
} from "./queries/pending-imports";
// The counters of an import (batch rows, the ingest engine and its report share them).
export { emptyImportCounts, importCounters, type ImportCounter, type ImportCounts } from "./queries/import-counts";
// The bulk writes of @gp/ingest: batches, new topics, institutions and practices with provenance,
// updates of practices edited upstream, candidates and conflicts.
export {
  finishImportBatches,
  insertImportBatch,
  insertImportedPractices,
  insertInstitutions,
  insertTopicsWithAliases,
  intArray,
  setPracticeTopics,
  takenSlugs,
  type ImportedPractice,
  type ImportedSource,
} from "./queries/import-writes";
export {
  practiceSignaturesOf,
  practiceTexts,
  savePracticeSignatures,
  type PracticeSignatureRow,
} from "./queries/import-signatures";
export {
  knownCandidatePairs,
  openDuplicateCandidates,
  openImportConflicts,
  updateImportedPractices,
  type ImportedUpdate,
} from "./queries/import-updates";
// A first import builds the practices' GIN indexes and checks the keys to practices once, at the end.
export { analyzeGrownTables, deferIndexesAndKeys, restoreDeferred } from "./queries/import-indexes";
// An import is long by nature: it raises the statement timeout of its own transaction.
export { raiseStatementTimeout } from "./statement-timeout";
