import { count, desc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { importBatches, pendingImports, users } from "../schema";
import { type ImportCounter, importCounters, type ImportCounts } from "./import-counts";

export interface PendingImport {
  id: string;
  fileName: string;
  format: "listing" | "csv" | "json";
  bytes: number;
  sha256: string;
  plan: unknown;
  report: unknown;
  createdById: number;
  createdBy: string | null;
  createdAt: Date;
}

/** Uploads older than this are dropped: a preview is only worth applying while it is fresh. */
export const pendingImportTtlHours = 24;

/** Keeps an upload's parsed plan and dry-run report until its editor applies or discards it. */
export async function savePendingImport(
  db: Db,
  params: {
    fileName: string;
    format: PendingImport["format"];
    bytes: number;
    sha256: string;
    plan: unknown;
    report: unknown;
    createdById: number;
  },
): Promise<string> {
  await db
    .delete(pendingImports)
    .where(lt(pendingImports.createdAt, sql`now() - make_interval(hours => ${pendingImportTtlHours})`));
  const [row] = await db.insert(pendingImports).values(params).returning({ id: pendingImports.id });
  return row!.id;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getPendingImport(db: Db, id: string): Promise<PendingImport | null> {
  if (!uuid.test(id)) return null;
  const [row] = await db
    .select({
      id: pendingImports.id,
      fileName: pendingImports.fileName,
      format: pendingImports.format,
      bytes: pendingImports.bytes,
      sha256: pendingImports.sha256,
      plan: pendingImports.plan,
      report: pendingImports.report,
      createdById: pendingImports.createdById,
      createdBy: users.email,
      createdAt: pendingImports.createdAt,
    })
    .from(pendingImports)
    .leftJoin(users, eq(users.id, pendingImports.createdById))
    .where(
      sql`${pendingImports.id} = ${id} and ${pendingImports.createdAt} > now() - make_interval(hours => ${pendingImportTtlHours})`,
    );
  return row ?? null;
}

/** Removes a pending upload (applied or discarded); true when there was one. */
export async function deletePendingImport(db: Db, id: string): Promise<boolean> {
  if (!uuid.test(id)) return false;
  const rows = await db.delete(pendingImports).where(eq(pendingImports.id, id)).returning({ id: pendingImports.id });
  return rows.length > 0;
}

/** Uploads waiting to be applied, newest first; `kind` is "translations" for a translations file. */
export async function listPendingImports(
  db: Db,
): Promise<
  Array<
    Pick<PendingImport, "id" | "fileName" | "format" | "bytes" | "createdBy" | "createdAt"> & { kind: string | null }
  >
> {
  return db
    .select({
      id: pendingImports.id,
      kind: sql<string | null>`${pendingImports.plan}->>'kind'`,
      fileName: pendingImports.fileName,
      format: pendingImports.format,
      bytes: pendingImports.bytes,
      createdBy: users.email,
      createdAt: pendingImports.createdAt,
    })
    .from(pendingImports)
    .leftJoin(users, eq(users.id, pendingImports.createdById))
    .where(sql`${pendingImports.createdAt} > now() - make_interval(hours => ${pendingImportTtlHours})`)
    .orderBy(desc(pendingImports.createdAt));
}

export interface ImportBatchRow extends ImportCounts {
  id: number;
  fileName: string;
  format: string;
  actor: string;
  startedAt: Date;
  finishedAt: Date | null;
}

/** The batch columns of the import counters, for a select. */
const counterColumns = Object.fromEntries(importCounters.map((counter) => [counter, importBatches[counter]])) as {
  [K in ImportCounter]: (typeof importBatches)[K];
};

/** Past imports (applied batches), newest first, with their counts and who ran them. */
export async function listImportBatches(
  db: Db,
  params: { page: number; pageSize: number },
): Promise<{ rows: ImportBatchRow[]; total: number }> {
  const rows = await db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      format: importBatches.format,
      ...counterColumns,
      actor: importBatches.actor,
      startedAt: importBatches.startedAt,
      finishedAt: importBatches.finishedAt,
    })
    .from(importBatches)
    .orderBy(desc(importBatches.startedAt), desc(importBatches.id))
    .limit(params.pageSize)
    .offset(params.page * params.pageSize);
  const [total] = await db.select({ n: count() }).from(importBatches);
  return { rows, total: total?.n ?? 0 };
}
