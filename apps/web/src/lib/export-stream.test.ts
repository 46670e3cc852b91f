import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { csvColumns, csvLine, textStream } from "./export-stream";
import { xml } from "./xml";

const row = {
  slug: "a-b",
  title: 'Quotes "and", commas',
  titleDerived: false,
  summary: "Line one\n  • bullet\r\n=SUM(A1)",
  language: "en",
  institution: '=HYPERLINK("x")',
  institutionSlug: "i",
  acronym: null,
  country: "Côte d'Ivoire",
  countryCode: "CI",
  region: "Africa",
  implementationYear: 2020,
  awardYear: null,
  awardDistinction: "certificate_of_merit",
  topics: ["A", "B"],
  createdAt: new Date(),
  updatedAt: new Date(),
};

describe("CSV lines", () => {
  it("round-trip through a CSV parser, quotes and line breaks included, formulas defused", () => {
    const text = `${csvColumns.join(",")}\r\n${csvLine(row, "https://gp.example")}`;
    const [record] = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(record).toMatchObject({
      slug: "a-b",
      url: "https://gp.example/practices/a-b",
      title: 'Quotes "and", commas',
      title_derived: "false",
      institution: '\'=HYPERLINK("x")',
      institution_acronym: "",
      country: "Côte d'Ivoire",
      award_year: "",
      award_distinction: "Certificate of Merit",
      topics: "A; B",
      summary: "Line one\n  • bullet\r\n=SUM(A1)",
    });
  });
});

describe("XML text", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xml('a < b & "c" > d\u0001\tz')).toBe("a &lt; b &amp; &quot;c&quot; &gt; d\tz");
  });
});

describe("the streamed body", () => {
  it("stops quietly, its source ended, when the client goes away while a chunk is being read", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let ended = false;
    async function* chunks() {
      try {
        yield "first";
        await gate;
        yield "second";
      } finally {
        ended = true;
      }
    }
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const reader = textStream(chunks()).getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toBe("first");
      // The stream is now reading the next chunk ahead; the client goes away meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const cancelled = reader.cancel();
      release();
      await cancelled;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ended).toBe(true);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
