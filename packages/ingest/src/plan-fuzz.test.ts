// Fuzzing of the whole planning path (parse, validate, resolve, match against a real database):
// arbitrary and mutated exports never crash it; each problem is an error with a line and a field;
// and neither planning nor applying an input with errors writes anything. FUZZ_SEED replays a run
// (fast-check prints the seed on failure); FUZZ_RUNS=10 runs ten times as many cases.
import { createTestDatabase, rolledBack, type TestDatabase } from "@gp/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyImport, planImport } from "./api";
import { parseInput } from "./parse";
import type { ImportFormat, ImportRecord } from "./record";
import type { ImportReport } from "./report";
import { counts, databaseState, importText, seedText } from "./test-support";

const seed = Number(process.env.FUZZ_SEED ?? 20_260_601);
const scale = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => ({ seed, numRuns: n * scale });

let t: TestDatabase;
let before: Awaited<ReturnType<typeof databaseState>>;
let seedRecords: ImportRecord[];

beforeAll(async () => {
  t = await createTestDatabase();
  // Plans meet real practices: unchanged, updated, near-duplicate and merged-away matches.
  await importText(t.db, seedText);
  before = await databaseState(t.db);
  seedRecords = (await parseInput({ name: "seed.txt", content: seedText })).records.map((r) => r.record);
});
afterAll(() => t.drop());

/** Characters that break naive code: controls, NUL, lone surrogates, non-characters, bidi, BOM. */
const nasty = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udfff",
  "\ufffe",
  "\uffff",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\u00a0",
  "\u2028",
  "\r",
  "\t",
  "%00",
  "\\",
);

/** Lines that mean something to one of the parsers, and garbage. */
const fragment = fc.oneof(
  fc.constantFrom(
    "Implementation year:",
    "Award Year:",
    "Topic:",
    "Award Year: 0",
    "2021",
    "0",
    "20x1",
    "1899",
    "99999",
    "Agency , Poland , Europe",
    "Agency , Atlantis , Europe",
    "Agency , Poland , Oceania",
    " , , ",
    ",,,",
    "institution,country,summary",
    '"',
    '""',
    "{",
    "}",
    "[",
    "]",
    '{"institution":',
    "null",
    "-1",
    "1e999",
    "Ω≈ç√",
    "👩‍👩‍👧",
    "مرحبا",
  ),
  nasty,
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "inject"; at: number; text: string }
  | { kind: "replace"; at: number; text: string }
  | { kind: "garble"; at: number; text: string; offset: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("inject" as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant("garble" as const), at: fc.nat(), text: fragment, offset: fc.nat() }),
);

/** Applies mutations to the lines of a text (positions taken modulo the line count). */
function mutate(text: string, mutations: Mutation[], truncateAt: number | null, crlf: boolean): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    if (lines.length === 0) lines.push("");
    const at = m.at % lines.length;
    if (m.kind === "delete") lines.splice(at, 1);
    else if (m.kind === "duplicate") lines.splice(at, 0, lines[at]!);
    else if (m.kind === "swap") {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    } else if (m.kind === "inject") lines.splice(at, 0, m.text);
    else if (m.kind === "replace") lines[at] = m.text;
    else {
      const line = lines[at]!;
      const offset = m.offset % (line.length + 1);
      lines[at] = line.slice(0, offset) + m.text + line.slice(offset);
    }
  }
  let out = lines.join(crlf ? "\r\n" : "\n");
  if (truncateAt !== null) out = out.slice(0, truncateAt % (out.length + 1));
  return out;
}

const mutated = (base: () => string) =>
  fc
    .record({
      mutations: fc.array(mutation, { minLength: 1, maxLength: 12 }),
      truncateAt: fc.option(fc.nat(), { freq: 4 }),
      crlf: fc.boolean(),
    })
    .map(({ mutations, truncateAt, crlf }) => mutate(base(), mutations, truncateAt, crlf));

/** The seed's first records as CSV (one row a line) and as JSON (one record a line). */
function asCsv(records: ImportRecord[]): string {
  const cell = (v: unknown) => {
    const text = v === null ? "" : Array.isArray(v) ? v.join(";") : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const fields = [
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
  return [fields.join(","), ...records.map((r) => fields.map((f) => cell(r[f])).join(","))].join("\n");
}
function asJson(records: ImportRecord[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]`;
}

/** Applies a plan in a transaction that is then rolled back (the import's own becomes a savepoint in it). */
function applyRolledBack(plan: Awaited<ReturnType<typeof planImport>>): Promise<ImportReport> {
  return rolledBack(t.db, (tx) => applyImport(tx, plan, { actor: "fuzz" }));
}

/**
 * Plans the content and checks what every plan must satisfy, whatever the input; then applies it
 * (rolled back): applying must neither crash nor disagree with the plan.
 */
async function planChecked(content: string | Uint8Array, format?: ImportFormat) {
  const plan = await planImport(t.db, [{ name: "fuzz.input", content }], { format });
  const { report } = plan;
  for (const error of report.errors) {
    expect(Number.isInteger(error.line), JSON.stringify(error)).toBe(true);
    expect(error.line, JSON.stringify(error)).toBeGreaterThanOrEqual(1);
    expect(error.field, JSON.stringify(error)).toMatch(/\S/);
    expect(error.message, JSON.stringify(error)).toMatch(/\S/);
    expect(error.file).toBe("fuzz.input");
  }
  expect(report.dryRun).toBe(true);
  if (report.errors.length === 0) {
    expect(report.added + report.updated + report.unchanged).toBe(report.records - report.duplicatesInFile);
    expect(report.records).toBeGreaterThan(0);
  }
  const applied = await applyRolledBack(plan);
  expect(applied.errors).toEqual(report.errors);
  expect(counts(applied)).toEqual(counts(report));
  return report;
}

// Hundreds of plans against a real database: on a slow or busy machine one case can take 60 s, the
// default per-test limit, so these get room (a limit on work, not a timed assertion).
describe("planning fuzzed exports", { timeout: 900_000 }, () => {
  it("a NUL or other control character in a field is an error at its line, in every format (found by this fuzzing)", async () => {
    const listing =
      "Implementation year:\n2020\nAward Year:\n0\nAgen\u0000cy , France , Europe\n\nA sum\u0007mary.\n\nTopic:\nHea\u0000lth\n";
    const csv = "institution,country,title,summary\nAgency,France,Ti\u001btle,A summary.\n";
    const json = '[{"institution":"Agency","country":"FR","summary":"Lone \\ud800 surrogate"}]';
    const fieldsOf = async (text: string) =>
      (await planChecked(text)).errors.map((e) => [e.line, e.field, e.message.replace(/ at position.*/, "")]);
    expect(await fieldsOf(listing)).toEqual([
      [5, "institution", "contains the character U+0000"],
      [7, "summary", "contains the character U+0007"],
      [9, "topics", "the topic “Health” contains the character U+0000"],
    ]);
    expect(await fieldsOf(csv)).toEqual([[2, "title", "contains the character U+001B"]]);
    expect(await fieldsOf(json)).toEqual([[1, "summary", "contains the character U+D800"]]);
    expect(await databaseState(t.db)).toEqual(before);
  });

  it("listing: the seed with lines deleted, duplicated, swapped, garbled, injected, truncated", async () => {
    let withErrors = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        mutated(() => seedText),
        async (text) => {
          total++;
          if ((await planChecked(text)).errors.length > 0) withErrors++;
        },
      ),
      runs(200),
    );
    // The mutations reach both outcomes: a run that never produced an error would test little.
    expect(withErrors).toBeGreaterThan(0);
    expect(withErrors).toBeLessThan(total);
    expect(await databaseState(t.db)).toEqual(before);
  });

  it("CSV and JSON made from the seed's records, mutated", async () => {
    const csv = asCsv(seedRecords.slice(0, 30));
    const json = asJson(seedRecords.slice(0, 30));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated(() => csv),
          mutated(() => json),
        ),
        fc.constantFrom(undefined, "csv", "json", "listing"),
        async (text, format) => {
          await planChecked(text, format as ImportFormat | undefined);
        },
      ),
      runs(120),
    );
    expect(await databaseState(t.db)).toEqual(before);
  });

  it("arbitrary text and bytes, in any format", async () => {
    const input = fc.oneof(
      fc.string({ unit: "binary", maxLength: 2000 }),
      fc.array(fragment, { maxLength: 60 }).map((lines) => lines.join("\n")),
      fc.uint8Array({ maxLength: 2000 }),
      fc.json(),
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(undefined, "csv", "json", "listing"), async (content, format) => {
        const report = await planChecked(content, format as ImportFormat | undefined);
        expect(report.records).toBeGreaterThanOrEqual(0);
      }),
      runs(200),
    );
    expect(await databaseState(t.db)).toEqual(before);
  });
});
