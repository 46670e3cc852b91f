import { type ImportError, type ImportFormat, type ImportRecord, type RawRecord, validateRecord } from "../record";
import { isCsvHeader, parseCsv } from "./csv";
import { DecodeError, type ImportInput, readText } from "./input";
import { JsonRecordScanner } from "./json";
import { LineSplitter } from "./lines";
import { ListingParser } from "./listing";

/** A valid record and where it was. */
export interface ParsedRecord {
  line: number;
  /** Line of its institution, country and region (where place errors point). */
  placeLine: number;
  record: ImportRecord;
}

/** One input, parsed and validated: its records, or its errors. */
export interface ParsedFile {
  name: string;
  sha256: string;
  bytes: number;
  format: ImportFormat;
  /** Records read, valid or not. */
  recordCount: number;
  records: ParsedRecord[];
  errors: ImportError[];
}

/** Detects the format from the start of the text: JSON, a CSV header of the field set, or the listing. */
export function detectFormat(head: string): ImportFormat {
  const text = head.replace(/^\ufeff/, "").trimStart();
  if (text.startsWith("[") || text.startsWith("{")) return "json";
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  return isCsvHeader(firstLine) ? "csv" : "listing";
}

export interface ParseOptions {
  /** Overrides the format detected from the content. */
  format?: ImportFormat;
  onBytes?: (bytes: number) => void;
  /** Called once the format is known, before any record. */
  onFormat?: (format: ImportFormat) => Promise<void>;
  /**
   * Takes the valid records in batches as they are read (they are then not kept in the result):
   * the streaming import. The parser waits for each call, so a slow consumer holds it back.
   */
  onRecords?: (records: ParsedRecord[]) => Promise<void>;
}

/** Records per `onRecords` call. */
const BATCH = 2000;

/** Reads, parses and validates one input as a stream. */
export async function parseInput(input: ImportInput, options: ParseOptions = {}): Promise<ParsedFile> {
  const text = readText(input.content, options.onBytes);
  const records: ParsedRecord[] = [];
  const errors: ImportError[] = [];
  let recordCount = 0;
  let line = 0;
  const emit = (raw: RawRecord) => {
    recordCount++;
    const result = validateRecord(raw);
    if ("errors" in result) errors.push(...result.errors);
    else records.push({ line: raw.line, placeLine: raw.fieldLines?.country ?? raw.line, record: result.record });
  };
  const flush = async (all = false) => {
    if (options.onRecords && records.length > 0 && (all || records.length >= BATCH))
      await options.onRecords(records.splice(0));
  };

  let format: ImportFormat = options.format ?? "listing";
  let announced = false;
  try {
    const { head, chunks } = await peek(text.chunks);
    format = options.format ?? detectFormat(head);
    announced = true;
    await options.onFormat?.(format);
    if (format === "listing") {
      const parser = new ListingParser(emit);
      const splitter = new LineSplitter();
      const feed = (lines: string[]) => {
        for (const each of lines) parser.push(each, ++line);
      };
      for await (const chunk of chunks) {
        feed(splitter.push(chunk));
        await flush();
      }
      feed(splitter.end());
      errors.push(...parser.end(line));
    } else if (format === "csv") {
      const headerLine = head.replace(/^\ufeff/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
      errors.push(...(await parseCsv(chunks, headerLine, emit, flush)));
      if (recordCount === 0 && errors.length === 0)
        errors.push({ line: 1, field: "file", message: "no records found: the CSV has a header but no rows" });
    } else {
      const scanner = new JsonRecordScanner(emit);
      for await (const chunk of chunks) {
        scanner.push(chunk);
        await flush();
      }
      errors.push(...scanner.end());
      if (recordCount === 0 && errors.length === 0)
        errors.push({ line: 1, field: "file", message: "no records found: the JSON holds no record" });
    }
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    errors.push({ line: Math.max(1, line), field: "file", message: error.message });
    if (!announced) await options.onFormat?.(format);
  }
  await flush(true);
  const { sha256, bytes } = digestOrEmpty(text);
  for (const error of errors) error.file = input.name;
  errors.sort((a, b) => a.line - b.line);
  return { name: input.name, sha256, bytes, format, recordCount, records, errors };
}

function digestOrEmpty(text: ReturnType<typeof readText>): { sha256: string; bytes: number } {
  try {
    return text.digest();
  } catch {
    return { sha256: "", bytes: 0 };
  }
}

/** Reads enough of the start to detect the format (a first line, or 64 KB), then replays it. */
async function peek(source: AsyncIterable<string>): Promise<{ head: string; chunks: AsyncIterable<string> }> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: string[] = [];
  let head = "";
  while (head.length < 65_536 && !/\S[^\n\r]*[\r\n]/.test(head)) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    head += next.value;
  }
  async function* chunks(): AsyncGenerator<string> {
    yield* buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, chunks: chunks() };
}
