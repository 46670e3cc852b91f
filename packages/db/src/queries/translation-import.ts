import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { TranslationLanguage } from "../schema";
import { lockOriginal, readTranslation, sameText, writeTranslation } from "./translation-writes";

/** One import runs at a time, listings and translations alike (one PostgreSQL advisory lock). */
export const IMPORT_LOCK = 727_002;

/** A valid record of a translations file. */
export interface TranslationRecord {
  line: number;
  /** The practice's slug. */
  practice: string;
  language: TranslationLanguage;
  title: string | null;
  summary: string;
  status: "draft" | "published";
}

export interface TranslationImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Records that would overwrite a curated translation (editors win: not written). */
  conflicts: Array<{ line: number; practice: string; language: TranslationLanguage }>;
  errors: Array<{ line: number; field: string; message: string }>;
}

/**
 * Imports translation records in one transaction, under the import lock: all or nothing. An unknown
 * practice, or a practice and language met twice, is an error at its line and nothing is written;
 * a curated translation is never overwritten (a conflict instead). A merged practice's slug reaches
 * its survivor, as a listing import does. With `dryRun`, only counts.
 */
export async function importTranslationRecords(
  db: Db,
  records: readonly TranslationRecord[],
  options: { dryRun: boolean; userId: number | null; note: string },
): Promise<TranslationImportOutcome> {
  const outcome: TranslationImportOutcome = { added: 0, updated: 0, unchanged: 0, conflicts: [], errors: [] };
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
      const slugs = [...new Set(records.map((r) => r.practice))];
      const found = await tx.execute<{ slug: string; id: number }>(sql`
        select p.slug, coalesce(p.merged_into_id, p.id) as id from practices p
        where p.slug = any(${sql.param(slugs)}::text[])`);
      const idBySlug = new Map(found.map((r) => [r.slug, Number(r.id)]));
      const seen = new Map<string, number>();
      for (const record of records) {
        const id = idBySlug.get(record.practice);
        if (id === undefined) {
          outcome.errors.push({
            line: record.line,
            field: "practice",
            message: `no practice has the slug “${record.practice}”`,
          });
          continue;
        }
        const key = `${id}:${record.language}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          outcome.errors.push({
            line: record.line,
            field: "language",
            message: `this practice's ${record.language} translation is already on line ${earlier}`,
          });
        } else seen.set(key, record.line);
      }
      if (outcome.errors.length > 0) throw new Rollback();

      for (const record of records) {
        const id = idBySlug.get(record.practice)!;
        const original = await lockOriginal(tx, id);
        const current = await readTranslation(tx, id, record.language, { lock: true });
        if (current && sameText(current, record)) {
          outcome.unchanged++;
          continue;
        }
        if (current?.curated) {
          outcome.conflicts.push({ line: record.line, practice: record.practice, language: record.language });
          continue;
        }
        if (current) outcome.updated++;
        else outcome.added++;
        if (options.dryRun) continue;
        await writeTranslation(
          tx,
          id,
          current,
          {
            language: record.language,
            title: record.title,
            summary: record.summary,
            status: record.status,
            sourceVersion: original!.version,
            sourceTitle: original!.title,
            sourceSummary: original!.summary,
          },
          { actorId: options.userId, action: "translation.import", curate: false, note: options.note },
        );
      }
      if (options.dryRun) throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return outcome;
}

/** Ends the transaction without writing (input errors, or a dry run). */
class Rollback extends Error {}
