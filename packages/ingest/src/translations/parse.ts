import { translationLanguages, type TranslationRecord } from "@gp/db/translations";
import { parse as parseCsvText } from "csv-parse/sync";
import { z } from "zod";
import { JsonRecordScanner } from "../parse/json";
import type { ImportError, RawRecord } from "../record";

/** The fields of a translations file, CSV columns or JSON keys. */
export const translationFields = ["practice", "language", "title", "summary", "status"] as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const recordSchema = z.object({
  practice: z.string({ error: "the practice's slug is missing" }).trim().min(1, "the practice's slug is missing"),
  language: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.enum(translationLanguages, { error: `the language must be one of ${translationLanguages.join(", ")}` }),
  ),
  title: z.preprocess(
    blankToUndefined,
    z.string({ error: "the title must be text" }).trim().max(300, "the title is longer than 300 characters").optional(),
  ),
  summary: z.string({ error: "the summary is missing" }).trim().min(1, "the summary is empty"),
  status: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim().toLowerCase()) : v),
    z.enum(["draft", "published"], { error: "the status must be draft or published" }).default("published"),
  ),
});

export interface ParsedTranslations {
  /** Records read, valid or not. */
  count: number;
  records: TranslationRecord[];
  errors: ImportError[];
}

/** How a translations file is read: JSON when it opens with `[` or `{`, CSV otherwise. */
export function translationFormat(text: string): "csv" | "json" {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, "")) ? "json" : "csv";
}

/** A translations file, CSV with a header row or JSON (an array of objects, or one object a line). */
export function parseTranslations(text: string, file: string): ParsedTranslations {
  const raw: RawRecord[] = [];
  const errors: ImportError[] = [];
  const body = text.replace(/^\uFEFF/, "");
  if (translationFormat(body) === "json") {
    const scanner = new JsonRecordScanner((record) => raw.push(record));
    scanner.push(body);
    errors.push(...scanner.end());
  } else {
    errors.push(...readCsv(body, raw));
  }
  const records: TranslationRecord[] = [];
  for (const record of raw) {
    const fields = record.fields as Record<string, unknown>;
    for (const key of Object.keys(fields))
      if (!(translationFields as readonly string[]).includes(key))
        errors.push({
          line: record.line,
          field: key,
          message: `unknown field; the fields are ${translationFields.join(", ")}`,
        });
    const parsed = recordSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ line: record.line, field: String(issue.path[0] ?? "record"), message: issue.message });
      continue;
    }
    records.push({ line: record.line, ...parsed.data, title: parsed.data.title ?? null });
  }
  if (raw.length === 0 && errors.length === 0)
    errors.push({ line: 1, field: "file", message: "the file has no records" });
  return { count: raw.length, records, errors: errors.map((e) => ({ file, ...e })) };
}

function readCsv(text: string, raw: RawRecord[]): ImportError[] {
  try {
    const rows = parseCsvText(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter: [",", ";", "\t"],
      info: true,
      raw: true,
      skip_empty_lines: true,
    }) as Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
    for (const row of rows) {
      const body = row.raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
      raw.push({ line: row.info.lines - (body.match(/\n/g)?.length ?? 0), fields: row.record });
    }
    return [];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return [{ line: Math.max(1, lines ?? 1), field: "file", message: (error as Error).message.replace(/\s+/g, " ") }];
  }
}
