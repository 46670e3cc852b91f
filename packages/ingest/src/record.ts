import { distinctions, type AwardDistinction } from "@gp/db/domain";
import { matchKey } from "@gp/db/text";
import { z } from "zod";
import { cleanLine, cleanSummary } from "./normalise";
import { MAX_TOPICS } from "./parse/limits";

/** The formats an import reads. */
export const importFormats = ["listing", "csv", "json"] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The one field set of CSV and JSON imports (and what the listing yields). */
export const recordFields = [
  "institution",
  "country",
  "region",
  "implementationYear",
  "awardYear",
  "awardDistinction",
  "title",
  "summary",
  "topics",
] as const;
export type RecordField = (typeof recordFields)[number];

export type { AwardDistinction };

/** The names ISSA gives the distinctions (and "Good Practice Award" alone), and the stored values, matched with `matchKey`. */
const distinctionByKey = new Map<string, AwardDistinction>([
  ...distinctions.flatMap((d) => [[matchKey(d.value), d.value] as const, [matchKey(d.name), d.value] as const]),
  [matchKey("Good Practice Award"), "good_practice_award"],
]);

/** A record as every format yields it, before validation: values as read, keyed by field. */
export interface RawRecord {
  /** 1-based line of the record's first line. */
  line: number;
  /** Lines of fields that are not on the record's first line (the listing spreads a record out). */
  fieldLines?: Partial<Record<RecordField, number>>;
  fields: Partial<Record<RecordField, unknown>>;
  /** Problems the parser found in the record's layout (a missing line, a broken place line). */
  errors?: ImportError[];
}

/** A valid record: display text as the source wrote it, tidied; years as numbers. */
export interface ImportRecord {
  institution: string;
  country: string;
  region: string | null;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: AwardDistinction | null;
  title: string | null;
  summary: string;
  /** Topic labels, each once (compared case- and punctuation-insensitively). */
  topics: string[];
}

/** One problem in the input, at a line of a file. */
export interface ImportError {
  file?: string;
  line: number;
  field: string;
  message: string;
}

/**
 * Control characters other than tab and line breaks, and lone UTF-16 surrogates (JSON's "\ud800"):
 * PostgreSQL cannot store U+0000, XML (the feed) cannot carry the rest, and none is text.
 */
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, "g");

/** The message for a text holding a character that is not text, or null. */
function notText(text: string): string | null {
  const found = NOT_TEXT.exec(text);
  if (!found) return null;
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return `contains the character ${code} at position ${found.index + 1}, which is not text; remove it`;
}

function optionalText(max: number) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === null) return null;
      if (typeof value !== "string" && typeof value !== "number") {
        ctx.addIssue({ code: "custom", message: "must be text" });
        return z.NEVER;
      }
      const text = cleanLine(String(value));
      if (text.length > max) {
        ctx.addIssue({ code: "custom", message: `is longer than ${max} characters` });
        return z.NEVER;
      }
      const bad = notText(text);
      if (bad) {
        ctx.addIssue({ code: "custom", message: bad });
        return z.NEVER;
      }
      return text === "" ? null : text;
    });
}

function requiredText(max: number, what: string) {
  return optionalText(max).transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: "custom", message: `${what} is missing` });
      return z.NEVER;
    }
    return value;
  });
}

/** A year, or none: empty and "0" mean none ("Award Year: 0" is a practice without an award). */
const year = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null) return null;
    const text = cleanLine(String(value));
    if (text === "" || text === "0") return null;
    if (!/^\d{4}$/.test(text) || Number(text) < 1900 || Number(text) > 2200) {
      ctx.addIssue({ code: "custom", message: `“${text.slice(0, 40)}” is not a year (1900–2200, or 0 for none)` });
      return z.NEVER;
    }
    return Number(text);
  });

const distinction = optionalText(100).transform((value, ctx) => {
  if (value === null) return null;
  const known = distinctionByKey.get(matchKey(value));
  if (!known) {
    ctx.addIssue({ code: "custom", message: `“${value}” is not an award distinction (e.g. “Certificate of Merit”)` });
    return z.NEVER;
  }
  return known;
});

const summary = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    const text = typeof value === "string" ? cleanSummary(value) : "";
    if (text === "") {
      ctx.addIssue({
        code: "custom",
        message: typeof value === "string" || value == null ? "the summary is missing" : "must be text",
      });
      return z.NEVER;
    }
    if (text.length > 100_000) {
      ctx.addIssue({ code: "custom", message: "is longer than 100,000 characters" });
      return z.NEVER;
    }
    const bad = notText(text);
    if (bad) {
      ctx.addIssue({ code: "custom", message: bad });
      return z.NEVER;
    }
    return text;
  });

/** Topics: a list, or one text with the labels separated by ";". Each label once. */
const topics = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null) return [];
    const labels = typeof value === "string" ? value.split(";") : Array.isArray(value) ? value : null;
    if (!labels || labels.some((label) => typeof label !== "string")) {
      ctx.addIssue({ code: "custom", message: "must be a list of labels, or labels separated by “;”" });
      return z.NEVER;
    }
    if (labels.length > MAX_TOPICS) {
      ctx.addIssue({ code: "custom", message: `has more than ${MAX_TOPICS} topics` });
      return z.NEVER;
    }
    const seen = new Map<string, string>();
    for (const raw of labels as string[]) {
      const label = cleanLine(raw);
      if (label.length > 200) {
        ctx.addIssue({ code: "custom", message: `the topic “${label.slice(0, 40)}…” is longer than 200 characters` });
        return z.NEVER;
      }
      const bad = notText(label);
      if (bad) {
        ctx.addIssue({ code: "custom", message: `the topic “${label.slice(0, 40).replace(NOT_TEXT_ALL, "")}” ${bad}` });
        return z.NEVER;
      }
      const key = matchKey(label);
      if (key && !seen.has(key)) seen.set(key, label);
    }
    return [...seen.values()];
  });

export const importRecordSchema = z.object({
  institution: requiredText(300, "the institution"),
  country: requiredText(100, "the country"),
  region: optionalText(100),
  implementationYear: year,
  awardYear: year,
  awardDistinction: distinction,
  title: optionalText(500),
  summary,
  topics,
});

/** Validates a raw record: the record, or its errors (one per field, with the field's line). */
export function validateRecord(raw: RawRecord): { record: ImportRecord } | { errors: ImportError[] } {
  const result = importRecordSchema.safeParse(raw.fields);
  const layout = raw.errors ?? [];
  if (result.success && layout.length === 0) return { record: result.data };
  // A field whose line the parser already reported broken is not reported again as missing.
  const reported = new Set(layout.map((error) => error.field));
  if (reported.has("institution")) for (const field of ["country", "region"]) reported.add(field);
  const issues = result.success ? [] : result.error.issues;
  return {
    errors: [
      ...layout,
      ...issues
        .map((issue) => {
          const field = String(issue.path[0] ?? "record");
          return { line: raw.fieldLines?.[field as RecordField] ?? raw.line, field, message: issue.message };
        })
        .filter((error) => !reported.has(error.field)),
    ].sort((a, b) => a.line - b.line),
  };
}
