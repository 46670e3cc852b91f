import type { ExportRow } from "@gp/db/search";
import { publishedTexts } from "@gp/db/translations";
import type { Locale } from "@/i18n/routing";
import { localizedText } from "./content";
import { readDb } from "./db";

/** An exported practice with its title and summary in the wanted language by the fallback rule, and which language they are in. */
export type LocalizedRow = ExportRow & { language: Locale };

/**
 * The downloads' and the feed's batches in a language: one query per batch for the published
 * translations (and the originals' languages), never one per practice.
 */
export async function* localizedBatches(
  batches: AsyncIterable<ExportRow[]>,
  locale: Locale,
): AsyncGenerator<LocalizedRow[]> {
  for await (const batch of batches) {
    const texts = await publishedTexts(
      readDb(),
      batch.map((row) => row.slug),
      locale,
    );
    yield batch.map((row) => {
      const found = texts.get(row.slug);
      const text = localizedText(
        { title: row.title, titleDerived: row.titleDerived, summary: row.summary, language: found?.language ?? null },
        found?.translation ?? null,
        locale,
      );
      return {
        ...row,
        title: text.title,
        titleDerived: text.titleDerived,
        summary: text.summary,
        language: text.language,
      };
    });
  }
}
