import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { malformedText, parseText, recordsOf, seedText } from "./test-helpers";

describe("the listing parser", () => {
  it("reads the seed export: 91 records, their years, places, summaries and topics", async () => {
    const file = await parseText(seedText);
    expect(file.format).toBe("listing");
    expect(file.errors).toEqual([]);
    expect(file.recordCount).toBe(91);
    const [first] = file.records;
    expect(first).toMatchObject({
      line: 15,
      placeLine: 19,
      record: {
        institution: "Retirement and Pension Fund for Employees of Banks and Related Institutions",
        country: "Paraguay",
        region: "Americas",
        implementationYear: 2023,
        awardYear: 2023,
        topics: [
          "Prevention of occupational risks",
          "Governance and administration",
          "Investment",
          "Error, evasion and fraud",
        ],
      },
    });
    expect(first!.record.summary).toMatch(/^Risk management is the process .* acting accordingly\.$/);
    // 13 distinct records (and their repeats) have no topic.
    expect(file.records.filter((r) => r.record.topics.length === 0)).toHaveLength(13);
  });

  it("keeps paragraphs, splits the place from the right, reads Award Year 0 as none, lists a repeated topic once", async () => {
    const file = await parseText(seedText);
    const classes = file.records.find((r) => r.line === 675)!.record;
    expect(classes.summary.split("\n\n")).toHaveLength(3);
    const prevent = file.records.find((r) => r.record.institution.startsWith("PREVENT"))!.record;
    expect(prevent).toMatchObject({
      institution: "PREVENT - Institute for the Prevention, Protection and Welfare at Work",
      country: "Belgium",
      awardYear: null,
    });
    const twice = file.records.find((r) => r.line === 812)!.record;
    expect(twice.topics).toEqual(["Governance and administration"]);
  });

  it("reads the same records through CRLF, a BOM, NBSPs, doubled spaces, extra blank lines and any chunking", async () => {
    const clean = recordsOf(await parseText(seedText));
    const noisy = `\ufeff${seedText}`
      .replace(/ , /g, " ,\u00a0 ")
      .replace(/^(Implementation year:|Award Year:)$/gm, "$1  ")
      .replace(/\n\n/g, "\n\n\n")
      .replace(/\nTopic:\n/g, "\n\nTopic:\n")
      .replace(/\n/g, "\r\n");
    const file = await parseText(noisy, { chunks: [7, 4096, 1, 333] });
    expect(file.errors).toEqual([]);
    const read = recordsOf(file);
    expect(read.map(({ summary: _, ...rest }) => rest)).toEqual(clean.map(({ summary: _, ...rest }) => rest));
    expect(read.map((r) => r.summary.replace(/\n+/g, "\n"))).toEqual(clean.map((r) => r.summary.replace(/\n+/g, "\n")));
  });

  it("accepts a value on its label's line", async () => {
    const file = await parseText(
      "Implementation year: 2020\nAward Year: 0\nAgency , France , Europe\nA summary.\nTopic: Health\nE-services\n",
    );
    expect(file.errors).toEqual([]);
    expect(recordsOf(file)).toEqual([
      {
        institution: "Agency",
        country: "France",
        region: "Europe",
        implementationYear: 2020,
        awardYear: null,
        awardDistinction: null,
        title: null,
        summary: "A summary.",
        topics: ["Health", "E-services"],
      },
    ]);
  });

  it("reports every malformed record with its line and field", async () => {
    const file = await parseText(malformedText, { name: "malformed.txt" });
    expect(file.recordCount).toBe(5);
    expect(file.errors.map((e) => [e.line, e.field])).toEqual([
      [14, "implementationYear"],
      [25, "institution"],
      [33, "awardYear"],
    ]);
    expect(file.errors[0]!.message).toContain("twenty-twenty");
    expect(file.errors.every((e) => e.file === "malformed.txt")).toBe(true);
  });

  it("says so when a text holds no record", async () => {
    const file = await parseText("Just a page header.\n\nNothing else.\n");
    expect(file.errors).toEqual([
      expect.objectContaining({ field: "file", message: expect.stringContaining("no records") }),
    ]);
  });

  it("never crashes on arbitrary text, and every error names a line inside the text", async () => {
    const fragments = fc.constantFrom(
      "Implementation year:",
      "Award Year:",
      "Topic:",
      "2021",
      "0",
      "x , Poland , Europe",
      "",
      " ",
      "\u00a0",
      "\r",
      "Inst, a, b",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(fragments, fc.string()), { maxLength: 40 }).map((lines) => lines.join("\n")),
    );
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const file = await parseText(input);
        const lines = input.split(/\r\n|\n|\r/).length;
        for (const error of file.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lines);
        }
        expect(file.records.length).toBeLessThanOrEqual(file.recordCount);
      }),
    );
  });

  it("gives back the records it was written from (round trip)", async () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ’'"“”()-]{1,10}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
    const record = fc.record({
      institution: fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
      country: fc.constantFrom("Poland", "Belgium", "Korea, Republic of"),
      region: fc.constantFrom("Europe", "Asia and the Pacific"),
      implementationYear: fc.integer({ min: 1950, max: 2030 }),
      awardYear: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null }),
      paragraphs: fc.array(sentence, { minLength: 1, maxLength: 3 }),
      topics: fc.uniqueArray(fc.constantFrom("Health", "E-services", "Family benefits", "Error, evasion and fraud"), {
        maxLength: 3,
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 5 }), async (records) => {
        const text = records
          .map((r) =>
            [
              "Implementation year:",
              String(r.implementationYear),
              "Award Year:",
              String(r.awardYear ?? 0),
              `${r.institution} , ${r.country} , ${r.region}`,
              "",
              r.paragraphs.join("\n\n"),
              "",
              ...(r.topics.length > 0 ? ["Topic:", ...r.topics] : []),
            ].join("\n"),
          )
          .join("\n");
        const file = await parseText(`Header\n\n${text}\n`);
        expect(file.errors).toEqual([]);
        expect(recordsOf(file)).toEqual(
          records.map((r) => ({
            institution: r.institution,
            country: r.country,
            region: r.region,
            implementationYear: r.implementationYear,
            awardYear: r.awardYear,
            awardDistinction: null,
            title: null,
            summary: r.paragraphs.join("\n\n"),
            topics: r.topics,
          })),
        );
      }),
    );
  });
});
