import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Database, Db } from "@gp/db";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { StaleSnapshotError, writeDecision } from "./apply/write";
import { buildReport, decide } from "./match/decide";
import { type ParsedFile, parseInput } from "./parse";
import type { ImportInput } from "./parse/input";
import { type ImportFormat, importFormats, importRecordSchema } from "./record";
import type { ImportReport } from "./report";

/** Serialises imports across processes and app instances: one import at a time. */
const IMPORT_LOCK = 727_002;

/** Where an import has got to, for a progress bar. */
export type ImportProgress =
  | { stage: "read"; file: string; bytes: number; totalBytes: number | null }
  | { stage: "plan" }
  | { stage: "write"; done: number; total: number };

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
  const files = await parseAll(inputs, options);
  options.onProgress?.({ stage: "plan" });
  const decision = await decide(db, files);
  return { files, report: buildReport(decision, null, true) };
}

/**
 * Applies a plan in one transaction, under the import lock. The database may have changed since the
 * plan was made, so the matching is done again inside the transaction: the result is what the
 * database holds now, never a partial import. Input errors write nothing.
 */
export async function applyImport(db: Database, plan: ImportPlan, options: ApplyOptions): Promise<ImportReport> {
  return applyFiles(db, planSchema.parse(plan).files as ParsedFile[], options);
}

/** Imports files from disk (the command line): parse as streams, then plan and apply in one go. */
export async function importFiles(
  db: Database,
  paths: string[],
  options: ApplyOptions & PlanOptions & { dryRun?: boolean },
): Promise<ImportReport> {
  const inputs: ImportInput[] = [];
  for (const file of paths) {
    const info = await stat(file);
    if (!info.isFile()) throw new Error(`${file} is not a file`);
    inputs.push({ name: path.basename(file), content: createReadStream(file, { highWaterMark: 1 << 20 }), size: info.size });
  }
  const files = await parseAll(inputs, options);
  if (options.dryRun) {
    options.onProgress?.({ stage: "plan" });
    return buildReport(await decide(db, files), null, true);
  }
  return applyFiles(db, files, options);
}

async function parseAll(inputs: ImportInput[], options: PlanOptions): Promise<ParsedFile[]> {
  const files: ParsedFile[] = [];
  for (const input of inputs) {
    const onBytes = (bytes: number) => options.onProgress?.({ stage: "read", file: input.name, bytes, totalBytes: input.size ?? null });
    files.push(await parseInput(input, { format: options.format, onBytes }));
  }
  return files;
}

async function applyFiles(db: Database, files: ParsedFile[], options: ApplyOptions): Promise<ImportReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
        options.onProgress?.({ stage: "plan" });
        const decision = await decide(tx, files);
        if (decision.errors.length > 0) return buildReport(decision, null, false);
        const written = await writeDecision(tx, decision, {
          actor: options.actor,
          userId: options.userId ?? null,
          onProgress: (done, total) => options.onProgress?.({ stage: "write", done, total }),
        });
        return buildReport(decision, written, false);
      });
    } catch (error) {
      // An editor saved a matched practice meanwhile: plan again on what is there now.
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
          record: z.object({
            ...importRecordSchema.shape,
            summary: z.string().min(1),
            topics: z.array(z.string()),
          }),
        }),
      ),
      errors: z.array(z.object({ file: z.string().optional(), line: z.number(), field: z.string(), message: z.string() })),
    }),
  ),
});
