import { describe, expect, it } from "vitest";
import { parseInput } from "./index";
import { LineSplitter } from "./lines";
import { MAX_TOPICS } from "./limits";
import { parseText } from "./test-helpers";

const MB = 1 << 20;
const megabyte = "word ".repeat(MB / 5);

/**
 * `before`, then `megabytes` MB of text with no line break, then `after`: streamed in 1 MB chunks
 * that are all the same string, so the test itself holds almost nothing. 600 MB is more than a
 * JavaScript string can hold: a parser that kept the whole line would throw, not report.
 */
async function* stream(before: string, megabytes: number, after: string): AsyncGenerator<string> {
  yield before;
  for (let i = 0; i < megabytes; i++) yield megabyte;
  yield after;
}

const listingRecord = (summary: string, topics: string[] = ["Health"]) =>
  `Implementation year:\n2020\nAward Year:\n0\nAgency , France , Europe\n\n${summary}\n\nTopic:\n${topics.join("\n")}\n`;

describe("oversized input is bounded, with a clear error at its line", () => {
  it("listing: a 10 MB one-line summary is an error at its line; the next record is still read", async () => {
    const text = `Header\n\n${listingRecord(megabyte.repeat(10))}${listingRecord("A fine summary.")}`;
    const file = await parseText(text, { chunks: [MB] });
    expect(file.errors).toEqual([
      { file: "test.txt", line: 9, field: "summary", message: "is longer than 100,000 characters" },
    ]);
    expect(file.recordCount).toBe(2);
    expect(file.records.map((r) => r.record.summary)).toEqual(["A fine summary."]);
  });

  it("listing: a 600 MB line streams by without being held", async () => {
    const head = "Header\n\nImplementation year:\n2020\nAward Year:\n0\nAgency , France , Europe\n\n";
    const file = await parseInput({
      name: "huge.txt",
      content: stream(head, 600, `\n\n${listingRecord("After it.")}`),
    });
    expect(file.errors).toEqual([
      { file: "huge.txt", line: 9, field: "summary", message: "is longer than 100,000 characters" },
    ]);
    expect(file.records.map((r) => [r.line, r.record.summary])).toEqual([[11, "After it."]]);
    expect(file.bytes).toBe(head.length + 600 * megabyte.length + 2 + listingRecord("After it.").length);
  });

  it("listing: a record with more than the limit of topics is an error on its topics", async () => {
    const topics = Array.from({ length: MAX_TOPICS + 50 }, (_, i) => `Topic ${i}`);
    const file = await parseText(listingRecord("A summary.", topics));
    expect(file.errors).toEqual([
      expect.objectContaining({ line: 9, field: "topics", message: `has more than ${MAX_TOPICS} topics` }),
    ]);
  });

  it("CSV: a 10 MB row is an error at its line; the rows before it are read", async () => {
    const text = `institution,country,summary\nA,Poland,Fine\nB,Poland,${megabyte.repeat(10)}\nC,Poland,After\n`;
    const file = await parseText(text, { chunks: [MB] });
    expect(file.errors).toEqual([
      expect.objectContaining({
        line: 3,
        field: "file",
        message: expect.stringContaining("a row is longer than 1,000,000 characters"),
      }),
    ]);
    expect(file.records.map((r) => [r.line, r.record.institution])).toEqual([[2, "A"]]);
  });

  it("CSV: a 600 MB quoted field stops the reading at the limit", async () => {
    const file = await parseInput({
      name: "huge.csv",
      content: stream('institution,country,summary\nA,Poland,Fine\nB,Poland,"', 600, '"\n'),
    });
    expect(file.format).toBe("csv");
    expect(file.errors).toEqual([
      expect.objectContaining({ line: 3, field: "file", message: expect.stringContaining("is a quote left open?") }),
    ]);
    expect(file.records).toHaveLength(1);
  });

  it("JSON: a 10 MB record is an error at its line", async () => {
    const text = `[\n{"institution":"A","country":"PL","summary":"Fine"},\n{"institution":"B","country":"PL","summary":"${megabyte.repeat(10)}"}\n]`;
    const file = await parseText(text, { chunks: [MB] });
    expect(file.errors).toEqual([
      { file: "test.txt", line: 3, field: "file", message: "the record is longer than 1,000,000 characters" },
    ]);
    expect(file.records).toHaveLength(1);
    // Whole (not streamed), the same error.
    expect((await parseText(text)).errors).toEqual(file.errors);
  });

  it("JSON: a 600 MB record stops the reading at the limit", async () => {
    const file = await parseInput({
      name: "huge.json",
      content: stream('[{"institution":"A","country":"PL","summary":"', 600, '"}]'),
    });
    expect(file.errors).toEqual([
      { file: "huge.json", line: 1, field: "file", message: "the record is longer than 1,000,000 characters" },
    ]);
  });

  it("the line splitter cuts a long line to its limit, whatever the chunking and line endings", () => {
    const splitter = new LineSplitter(5);
    const lines = [
      ...splitter.push("ab"),
      ...splitter.push("cdefgh"),
      ...splitter.push("ij\r"),
      ...splitter.push("\nshort\r"),
      ...splitter.push("0123456789\n\nx"),
      ...splitter.push("yz"),
      ...splitter.end(),
    ];
    expect(lines).toEqual(["abcde", "short", "01234", "", "xyz"]);
  });
});
