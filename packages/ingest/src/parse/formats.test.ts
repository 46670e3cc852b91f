import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat, parseInput } from "./index";
import { parseText, recordsOf, seedText } from "./test-helpers";

/** The examples of the README: the documentation must stay true. */
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const example = (language: string) => new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(readme)![1]!;

const dobryStart = {
  institution: "Social Insurance Institution",
  country: "Poland",
  region: "Europe",
  implementationYear: 2021,
  awardYear: 2022,
  awardDistinction: "certificate_of_merit",
  title: "Dobry start",
  summary:
    "After a legislative change, the Social Insurance Institution took over a government programme for families.",
  topics: ["Family benefits", "E-services"],
};
const kdd = {
  institution: "National Employment Office",
  country: "Belgium",
  implementationYear: 2023,
  awardYear: null,
  awardDistinction: null,
  title: null,
  summary: "The KDD tool is an application developed by the data science team of the National Employment Office.",
  topics: ["Data analytics", "Error, evasion and fraud"],
};

describe("format detection", () => {
  it("tells JSON, CSV and the listing apart from their first characters", () => {
    expect(detectFormat(example("json"))).toBe("json");
    expect(detectFormat(`\ufeff  ${example("json")}`)).toBe("json");
    expect(detectFormat(example("csv"))).toBe("csv");
    expect(detectFormat("Summary;Institution;Country\nx;y;z")).toBe("csv");
    expect(detectFormat(seedText.slice(0, 2000))).toBe("listing");
    expect(detectFormat(example("text"))).toBe("listing");
  });

  it("lets --format override the detection", async () => {
    const file = await parseText(example("csv"), { format: "listing" });
    expect(file.format).toBe("listing");
    expect(file.errors).toEqual([
      expect.objectContaining({ field: "file", message: expect.stringContaining("no records") }),
    ]);
  });
});

describe("CSV", () => {
  it("reads the README's example", async () => {
    const file = await parseText(example("csv"));
    expect(file.errors).toEqual([]);
    expect(recordsOf(file)).toEqual([dobryStart, { ...kdd, region: "Europe" }]);
    expect(file.records.map((r) => r.line)).toEqual([2, 3]);
  });

  it("takes semicolons, header spellings, quoted line breaks, and gives each row its first line", async () => {
    const csv =
      'Summary;Institution;Country;Implementation year;award_year;Topics\n"First line\n\nsecond paragraph";Agency;France;2020;0;Health\n\n"One";Agency;France;2021;;\n';
    const file = await parseText(csv, { chunks: [5, 11] });
    expect(file.errors).toEqual([]);
    expect(file.records.map((r) => [r.line, r.record.summary, r.record.implementationYear, r.record.topics])).toEqual([
      [2, "First line\n\nsecond paragraph", 2020, ["Health"]],
      [6, "One", 2021, []],
    ]);
  });

  it("reports unknown and missing columns on line 1, and bad rows at their lines", async () => {
    const columns = await parseText("institution,summary,colour\nA,B,red\n");
    expect(columns.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [1, "file", expect.stringContaining("unknown column “colour”")],
      [1, "country", expect.stringContaining("missing")],
    ]);
    const rows = await parseText(
      "institution,country,summary,awardYear\nA,Poland,Fine,2020\nB,Poland,,2020\nC,Poland,Late,20x0\nD,Poland\n",
    );
    expect(rows.recordCount).toBe(3);
    expect(rows.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "summary"],
      [4, "awardYear"],
      [5, "file"],
    ]);
  });
});

describe("JSON", () => {
  it("reads the README's example, topics as a list or as text", async () => {
    const file = await parseText(example("json"));
    expect(file.errors).toEqual([]);
    expect(recordsOf(file)).toEqual([dobryStart, { ...kdd, region: null }]);
    expect(file.records.map((r) => r.line)).toEqual([2, 13]);
  });

  it("reads JSON Lines", async () => {
    const lines =
      '{"institution":"A","country":"PL","summary":"One"}\n{"institution":"B","country":"BE","summary":"Two","topics":[]}\n';
    const file = await parseText(lines);
    expect(file.format).toBe("json");
    expect(file.records.map((r) => [r.line, r.record.institution, r.record.country])).toEqual([
      [1, "A", "PL"],
      [2, "B", "BE"],
    ]);
  });

  it("reports invalid records and invalid JSON with their lines", async () => {
    const file = await parseText(
      '[\n{"institution":"A","country":"PL","summary":"One","awardYear":"soon"},\n{"institution":"B","summary":7,"topics":[1]},\n{"institution": oops}\n]',
    );
    expect(file.errors.map((e) => [e.line, e.field])).toEqual([
      [2, "awardYear"],
      [3, "country"],
      [3, "summary"],
      [3, "topics"],
      [4, "file"],
    ]);
    const notArray = await parseText('"just a string"', { format: "json" });
    expect(notArray.errors).toEqual([expect.objectContaining({ line: 1, field: "file" })]);
  });

  it("reads the same records however the stream is cut", async () => {
    const json = example("json").replace(/"First/, '"Fir\\"st');
    const whole = recordsOf(await parseText(json));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), async (chunks) => {
        expect(recordsOf(await parseText(json, { chunks }))).toEqual(whole);
      }),
    );
  });

  it("never crashes on arbitrary JSON-ish text", async () => {
    const piece = fc.constantFrom(
      "[",
      "]",
      "{",
      "}",
      ",",
      '"',
      "\\",
      ":",
      "\n",
      '"summary"',
      '"institution"',
      "1",
      " ",
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
        ),
        async (text) => {
          const file = await parseText(text, { format: "json" });
          expect(file.records.length + (file.errors.length > 0 ? 1 : 0)).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("input", () => {
  it("hashes the bytes as they are, and rejects text that is not UTF-8", async () => {
    const file = await parseText(seedText, { chunks: [1000] });
    expect(file.sha256).toBe("ad1751b5b2e42f9599af55743e3e1598733e0a3659862b6b9e4a8210e7f435fa");
    expect(file.bytes).toBe(Buffer.byteLength(seedText));
    const latin1 = Buffer.from("Implementation year:\n2020\nAward Year:\n0\nCaf\xe9 , France , Europe\n", "latin1");
    const file1252 = await parseInput({ name: "latin1.txt", content: latin1 });
    expect(file1252.errors).toEqual([
      expect.objectContaining({ file: "latin1.txt", field: "file", message: expect.stringContaining("not UTF-8") }),
    ]);
  });
});
