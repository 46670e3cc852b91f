import { createHash } from "node:crypto";
import type { Database } from "@gp/db";
import { emptyImportCounts } from "@gp/db/imports";
import { z } from "zod";
import { translationFormat } from "./parse";
import { importTranslations, type TranslationImportOptions, type TranslationImportReport } from "./run";

/**
 * A translations file uploaded in the admin app, kept until its editor applies it: the file's text
 * itself, so applying it parses and checks it again exactly as the command line does.
 */
export const translationPlanSchema = z.object({
  kind: z.literal("translations"),
  name: z.string().trim().min(1).max(200),
  text: z.string(),
});
export type TranslationPlan = z.infer<typeof translationPlanSchema>;

/** Whether a kept plan is a translations upload (rather than a listing export's parsed files). */
export function isTranslationPlan(plan: unknown): plan is TranslationPlan {
  return typeof plan === "object" && plan !== null && (plan as { kind?: unknown }).kind === "translations";
}

export interface TranslationPreview {
  plan: TranslationPlan;
  /** The dry run's report: what applying it would do now. */
  report: TranslationImportReport;
  format: "csv" | "json";
  sha256: string;
  bytes: number;
}

/**
 * Reads an uploaded translations file and works out what importing it would do (the command line's
 * --dry-run): nothing is written. A file that is not UTF-8 text is an error at its first line.
 */
export async function previewTranslations(
  db: Database,
  file: { name: string; content: Uint8Array },
  options: TranslationImportOptions,
): Promise<TranslationPreview> {
  const name = file.name.trim().slice(0, 200) || "translations";
  const sha256 = createHash("sha256").update(file.content).digest("hex");
  const bytes = file.content.byteLength;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.content);
  } catch {
    const report: TranslationImportReport = {
      ...emptyImportCounts(),
      errors: [{ file: name, line: 1, field: "file", message: "the file is not UTF-8 text" }],
      dryRun: true,
      conflictList: [],
    };
    return { plan: { kind: "translations", name, text: "" }, report, format: "csv", sha256, bytes };
  }
  const report = await importTranslations(db, text, name, { ...options, dryRun: true });
  return { plan: { kind: "translations", name, text }, report, format: translationFormat(text), sha256, bytes };
}

/**
 * Applies a kept translations upload: the file is parsed and checked again and imported in one
 * transaction under the import lock, so the result follows the database as it is now (all or nothing).
 */
export async function applyTranslationPlan(
  db: Database,
  plan: unknown,
  options: Omit<TranslationImportOptions, "dryRun">,
): Promise<TranslationImportReport> {
  const { name, text } = translationPlanSchema.parse(plan);
  return importTranslations(db, text, name, { ...options, dryRun: false });
}
