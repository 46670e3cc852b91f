import { describe, expect, it } from "vitest";
import { summaryBlocks } from "./summary-blocks";

describe("summary blocks", () => {
  it("keeps paragraphs and turns runs of • lines into lists", () => {
    const summary =
      "First paragraph\u00a0with a line\nbreak.\n\nThe measures:\n  • access was extended;\n  • benefits rose.\nAfter the list.\n\n\nLast.";
    expect(summaryBlocks(summary)).toEqual([
      { kind: "p", text: "First paragraph with a line break." },
      { kind: "p", text: "The measures:" },
      { kind: "ul", items: ["access was extended;", "benefits rose."] },
      { kind: "p", text: "After the list." },
      { kind: "p", text: "Last." },
    ]);
  });

  it("leaves dashes and hyphens in text alone", () => {
    expect(summaryBlocks("- not a bullet\n2020–2024 plan")).toEqual([
      { kind: "p", text: "- not a bullet 2020–2024 plan" },
    ]);
  });
});
