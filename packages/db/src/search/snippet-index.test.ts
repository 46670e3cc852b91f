import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../testing/fast-check";
import { analysers } from "./analyser";
import { aligns, snippet } from "./snippet";

// Summaries of a few words (so the query's terms occur, often several times), with runs of spaces,
// tabs, newlines and no-break spaces between them, accents and punctuation.
const word = fc.constantFrom(
  "pension",
  "pensions",
  "fraud",
  "Social",
  "security",
  "the",
  "of",
  "Côte",
  "e-services",
  "2024",
);
const space = fc.constantFrom(" ", "  ", "\n", "\t ", "\u00a0", ", ", ". ");
const summary = fc
  .array(fc.tuple(word, space), { maxLength: 90 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("snippets from the index's term ids", () => {
  it("are the snippets found by stemming each word of the summary", () => {
    const analyser = analysers.en;
    fc.assert(
      fc.property(summary, fc.subarray(["pension", "fraud", "secur", "social", "côte", "2024"]), (text, terms) => {
        // The index as text-index.ts builds it: term ids by word, stop words as -1.
        const ids = new Map<string, number>();
        const sequence = Int32Array.from(analyser.terms(text), (t) =>
          t === null ? -1 : (ids.get(t) ?? ids.set(t, ids.size).get(t)!),
        );
        const hits = terms.flatMap((t) => (ids.has(t) ? [ids.get(t)!] : []));
        const byStemming = snippet(text, new Set(terms), analyser);
        // These words line up with the index's one for one (accents folded, "e-services" two words).
        expect(aligns(text, sequence)).toBe(true);
        expect(snippet(text, new Set(terms), analyser, { sequence, hits })).toBe(byStemming);
      }),
      { numRuns: 500 },
    );
  });
});
