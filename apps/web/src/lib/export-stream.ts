import { distinctionName } from "@gp/db/domain";
import type { ExportRow } from "@gp/db/search";
import { csvRecord } from "@gp/ui/csv";

export const csvColumns = [
  "slug",
  "url",
  "title",
  "title_derived",
  "institution",
  "institution_acronym",
  "country",
  "country_code",
  "region",
  "implementation_year",
  "award_year",
  "award_distinction",
  "topics",
  "summary",
  "language",
] as const;

/** A practice as a CSV line; `language` is the language of its title and summary. */
export function csvLine(row: ExportRow, origin: string, url = `${origin}/practices/${row.slug}`): string {
  const values = [
    row.slug,
    url,
    row.title,
    row.titleDerived,
    row.institution,
    row.acronym,
    row.country,
    row.countryCode,
    row.region,
    row.implementationYear,
    row.awardYear,
    distinctionName(row.awardDistinction),
    row.topics.join("; "),
    row.summary,
    row.language,
  ];
  return csvRecord(values);
}

export function jsonItem(row: ExportRow, origin: string, url = `${origin}/practices/${row.slug}`) {
  return {
    slug: row.slug,
    url,
    language: row.language,
    title: row.title,
    titleDerived: row.titleDerived,
    institution: { slug: row.institutionSlug, name: row.institution, acronym: row.acronym },
    country: { name: row.country, code: row.countryCode },
    region: row.region,
    implementationYear: row.implementationYear,
    awardYear: row.awardYear,
    awardDistinction: distinctionName(row.awardDistinction),
    topics: row.topics,
    summary: row.summary,
  };
}

/** A streamed response body from an async source of text chunks. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  // The client may go away while a chunk is being read: the stream is closed by then, and
  // enqueueing into it would throw.
  let cancelled = false;
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (cancelled) return;
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        if (cancelled) return;
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      // The client went away: end the cursor so its connection goes back to the pool.
      await iterator.return?.();
    },
  });
}
