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
