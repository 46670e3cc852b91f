import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Database, Db } from "@gp/db";
import { raiseStatementTimeout } from "@gp/db/imports";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { type ImportProgress, runImport, type Source } from "./engine/run";
import type { FileReader } from "./engine/worker-source";
import { StaleSnapshotError } from "./engine/writer";
import { type ParsedFile, parseInput } from "./parse";
import type { ImportInput } from "./parse/input";
import { type ImportFormat, importFormats, importRecordSchema } from "./record";
import type { ImportReport } from "./report";

export type { ImportProgress };

/** Serialises imports across processes and app instances: one import at a time. */
const IMPORT_LOCK = 727_002;
/**
 * An import's statements may run this long each (waiting for another import included), whatever
 * the limit of the pool it runs on: the admin app's suits editors' requests, not a big import.
 */
const IMPORT_STATEMENT_TIMEOUT_MS = 15 * 60_000;

export interface PlanOptions {
  /** Overrides the format detected from the content. */
  format?: ImportFormat;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ApplyOptions {
  /** Who runs it, for display: an editor's email, or "cli:<user>". */
  actor: string;
  /** The editor who runs it (admin app); null from the command line. */
  userId?: number | null;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * A planned import: the parsed records (plain data, so the plan can be kept and applied later) and
 * the report of what applying it would do now. Printing the report is the dry run.
 */
export interface ImportPlan {
  files: ParsedFile[];
  report: ImportReport;
}

/** Parses the inputs and works out what importing them would do. Writes nothing. */
export async function planImport(db: Db, inputs: ImportInput[], options: PlanOptions = {}): Promise<ImportPlan> {
  const files: ParsedFile[] = [];
  for (const input of inputs) {
    const onBytes = (bytes: number) =>
      options.onProgress?.({ stage: "read", file: input.name, bytes, totalBytes: input.size ?? null });
    files.push(await parseInput(input, { format: options.format, onBytes }));
  }
  const report = await runImport(
    db,
    files.map((parsed) => ({ parsed })),
    { write: null, onProgress: options.onProgress },
  );
  return { files, report };
}

/**
 * Applies a plan in one transaction, under the import lock. The database may have changed since the
 * plan was made, so the matching is done again inside the transaction: the result is right for
 * the database as it is then, and never partial. Input errors write nothing.
 */
export async function applyImport(db: Database, plan: ImportPlan, options: ApplyOptions): Promise<ImportReport> {
  const files = planSchema.parse(plan).files as ParsedFile[];
  return applySources(db, () => files.map((parsed) => ({ parsed })), options);
}

/**
 * Imports files from disk (the command line): each is read as a stream and written chunk by chunk
 * while the next is read, in one transaction. A dry run reads and matches, and writes nothing.
 */
export async function importFiles(
  db: Database,
  paths: string[],
  options: ApplyOptions &
    PlanOptions & {
      dryRun?: boolean;
      /**
       * Reads, parses and resolves the files in a worker thread while this one matches and writes
       * (the command line passes `prepareInWorker` of `engine/worker-source.ts`; measured in the
       * README, "At scale"). The same import either way. Passed in, not imported here: the admin app
       * bundles this module, and its bundler cannot resolve a worker's path.
       */
      readInWorker?: FileReader;
    },
): Promise<ImportReport> {
  const files: Array<{ path: string; size: number }> = [];
  for (const file of paths) {
    const info = await stat(file);
    if (!info.isFile()) throw new Error(`${file} is not a file`);
    files.push({ path: file, size: info.size });
  }
  const sources = (): Source[] =>
    files.map((f) =>
      options.readInWorker
        ? { file: { path: f.path, name: path.basename(f.path), size: f.size }, read: options.readInWorker }
        : {
            input: {
              name: path.basename(f.path),
              content: createReadStream(f.path, { highWaterMark: 1 << 20 }),
              size: f.size,
            },
          },
    );
  if (options.dryRun)
    return runImport(db, sources(), { format: options.format, write: null, onProgress: options.onProgress });
  return applySources(db, sources, options);
}

/** Input errors: the transaction is rolled back, and the report is the answer. */
class InputErrors extends Error {
  constructor(readonly report: ImportReport) {
    super("The input has errors.");
  }
}

async function applySources(
  db: Database,
  sources: () => Source[],
  options: ApplyOptions & PlanOptions,
): Promise<ImportReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await raiseStatementTimeout(tx, IMPORT_STATEMENT_TIMEOUT_MS);
        await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
        const report = await runImport(tx, sources(), {
          format: options.format,
          write: { actor: options.actor, userId: options.userId ?? null },
          onProgress: options.onProgress,
        });
        if (report.errors.length > 0) throw new InputErrors(report);
        return report;
      });
    } catch (error) {
      if (error instanceof InputErrors) return error.report;
      // An editor saved a matched practice meanwhile: import again on what is there now.
      if (error instanceof StaleSnapshotError && attempt < 3) continue;
      throw error;
    }
  }
}

/** A plan that comes back (e.g. from the admin app) is checked like any input. */
const planSchema = z.object({
  files: z.array(
    z.object({
      name: z.string().min(1),
      sha256: z.string(),
      bytes: z.number().int().min(0),
      format: z.enum(importFormats),
      recordCount: z.number().int().min(0),
      records: z.array(
        z.object({
          line: z.number().int().min(0),
          placeLine: z.number().int().min(0),
          record: z.object({ ...importRecordSchema.shape, summary: z.string().min(1), topics: z.array(z.string()) }),
        }),
      ),
      errors: z.array(
        z.object({ file: z.string().optional(), line: z.number(), field: z.string(), message: z.string() }),
      ),
    }),
  ),
});
