import type { Database } from "@gp/db";
import {
  formatReport,
  formatTranslationReport,
  importFiles,
  importTranslationsFile,
  sampleListing,
  sampleTranslations,
} from "@gp/ingest";

/**
 * Loads the ISSA listing the product ships with into an empty database, as one import batch, then
 * its sample translations (five practices in French, German and Spanish), so /fr shows something.
 */
export async function loadSample(db: Database, say: (message: string) => void): Promise<void> {
  say("Empty database: loading the sample ISSA listing…");
  const report = await importFiles(db, [sampleListing], { actor: "sample" });
  if (report.errors.length > 0) throw new Error(`Loading the sample listing failed:\n${formatReport(report)}`);
  console.log(formatReport(report));
  const translations = await importTranslationsFile(db, sampleTranslations, { actor: "sample" });
  if (translations.errors.length > 0)
    throw new Error(`Loading the sample translations failed:\n${formatTranslationReport(translations)}`);
  console.log(formatTranslationReport(translations));
}
