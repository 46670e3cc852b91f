import { once } from "node:events";
import { matchKey } from "@gp/db/text";
import { parse } from "csv-parse";
import { type ImportError, type RawRecord, type RecordField, recordFields } from "../record";
import { MAX_RECORD_CHARS, maxRecordLabel } from "./limits";

/** Header spellings: "implementationYear", "Implementation year", "implementation_year" all meet. */
const fieldByHeader = new Map<string, RecordField>([
  ...recordFields.map((field) => [headerKey(field), field] as const),
  ["topic", "topics"],
  ["distinction", "awardDistinction"],
]);

function headerKey(header: string): string {
  return matchKey(header.replace(/([a-z])([A-Z])/g, "$1 $2")).replace(/ /g, "");
}

/** The delimiter a header line uses: comma, semicolon (spreadsheets in many locales) or tab. */
export function csvDelimiter(headerLine: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** True when a line reads as a CSV header of this field set. */
export function isCsvHeader(line: string): boolean {
  const fields = line.split(csvDelimiter(line)).map((h) => fieldByHeader.get(headerKey(h.replace(/"/g, ""))));
  return fields.includes("institution") && fields.includes("summary");
}

/**
 * CSV with a header row naming the fields (any order; case, spaces and underscores do not matter).
 * Unknown or missing columns are errors on line 1; a malformed row is an error at its line.
 */
export async function parseCsv(
  chunks: AsyncIterable<string>,
  headerLine: string,
  emit: (record: RawRecord) => void,
  flush: () => Promise<void> = async () => {},
): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  const headers = headerLine.split(csvDelimiter(headerLine)).map((h) => h.trim().replace(/^"|"$/g, ""));
  const columns = headers.map((header) => fieldByHeader.get(headerKey(header)));
  headers.forEach((header, i) => {
    if (!columns[i])
      errors.push({
        line: 1,
        field: "file",
        message: `unknown column “${header}”; the columns are ${recordFields.join(", ")}`,
      });
  });
  for (const required of ["institution", "country", "summary"] as const) {
    if (!columns.includes(required))
      errors.push({ line: 1, field: required, message: `the column “${required}” is missing` });
  }
  if (errors.length > 0) return errors;

  const parser = parse({
    delimiter: csvDelimiter(headerLine),
    bom: true,
    columns: columns as string[],
    from_line: 2,
    info: true,
    max_record_size: MAX_RECORD_CHARS,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  // A row over the size limit stops the reading there: csv-parse cannot resume after it, and
  // reading on would hold an unbounded row in memory.
  let tooLongAt: number | null = null;
  parser.on("skip", (error: { code?: string; message: string; lines?: number }) => {
    if (tooLongAt !== null) return;
    if (error.code === "CSV_MAX_RECORD_SIZE") {
      tooLongAt = Math.max(1, error.lines ?? 1);
      errors.push({
        line: tooLongAt,
        field: "file",
        message: `a row is longer than ${maxRecordLabel} characters by this line (is a quote left open?); the file was read up to here`,
      });
      return;
    }
    errors.push({ line: Math.max(1, error.lines ?? 1), field: "file", message: error.message.replace(/\s+/g, " ") });
  });
  const feeding = (async () => {
    for await (const chunk of chunks) {
      if (tooLongAt !== null) break;
      if (!parser.write(chunk)) await once(parser, "drain");
    }
    parser.end();
  })().catch((error: unknown) => parser.destroy(error as Error));

  for await (const row of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
    raw: string;
  }>) {
    const body = row.raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
    const line = row.info.lines - (body.match(/\n/g)?.length ?? 0);
    if (tooLongAt !== null && line >= tooLongAt) continue;
    emit({ line, fields: row.record as Partial<Record<RecordField, unknown>> });
    await flush();
  }
  await feeding;
  return errors;
}
