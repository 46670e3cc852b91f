import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "@gp/db";
import { emptyImportCounts, type ImportCounts } from "@gp/db/imports";
import { importTranslationRecords } from "@gp/db/translations";
import type { ImportError } from "../record";
import { parseTranslations } from "./parse";

/**
 * What a translations import did (or, in a dry run, would do): the --json shape of other imports.
 * `conflicts` counts records that differ from a translation an editor curated: not written (editors
 * win); duplicatesInFile and candidates are always 0 (a practice and language met twice is an error).
 */
export interface TranslationImportReport extends ImportCounts {
  errors: ImportError[];
  dryRun: boolean;
  conflictList: Array<{ line: number; practice: string; language: string }>;
}

export interface TranslationImportOptions {
  dryRun?: boolean;
  /** The editor who uploaded it; null for the command line. */
  userId?: number | null;
  /** Who ran it, for the history's note. */
  actor: string;
}

/** Imports a translations file's text: all or nothing; errors mean nothing was written. */
export async function importTranslations(
  db: Database,
  text: string,
  file: string,
  options: TranslationImportOptions,
): Promise<TranslationImportReport> {
  const dryRun = options.dryRun ?? false;
  const parsed = parseTranslations(text, file);
  const report: TranslationImportReport = {
    ...emptyImportCounts(),
    records: parsed.count,
    errors: parsed.errors,
    dryRun,
    conflictList: [],
  };
  // With errors in the file, the valid records are still checked (unknown slugs), so every error is
  // reported at once; nothing is written.
  const outcome = await importTranslationRecords(db, parsed.records, {
    dryRun: dryRun || parsed.errors.length > 0,
    userId: options.userId ?? null,
    note: `Translations imported from ${path.basename(file)} by ${options.actor}.`,
  });
  report.errors = [...parsed.errors, ...outcome.errors.map((e) => ({ file, ...e }))].sort((a, b) => a.line - b.line);
  if (report.errors.length > 0) return report;
  Object.assign(report, {
    added: outcome.added,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    conflicts: outcome.conflicts.length,
    conflictList: outcome.conflicts,
  });
  return report;
}

/** Reads a translations file and imports it. */
export async function importTranslationsFile(
  db: Database,
  file: string,
  options: TranslationImportOptions,
): Promise<TranslationImportReport> {
  return importTranslations(db, await readFile(file, "utf8"), file, options);
}

/** The readable summary the command line prints without --json. */
export function formatTranslationReport(report: TranslationImportReport): string {
  if (report.errors.length > 0) {
    const lines = report.errors.map((e) => `  ${e.file ?? ""}:${e.line}: ${e.field}: ${e.message}`);
    return [
      ...lines,
      `${report.errors.length} error${report.errors.length === 1 ? "" : "s"}; nothing was written.`,
    ].join("\n");
  }
  const verb = report.dryRun ? "Dry run (nothing written)" : "Imported";
  const lines = [
    `${verb}: ${report.records} translations: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.conflicts} conflicts with curated translations.`,
  ];
  for (const c of report.conflictList.slice(0, 20))
    lines.push(
      `  conflict: line ${c.line}: the ${c.language} translation of ${c.practice} is curated; not overwritten`,
    );
  return lines.join("\n");
}
