import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordSpans } from "./snippet";

/** The words as the Unicode regex finds them (what every text went through before the ASCII scan). */
function byRegex(text: string): Array<[number, number]> {
  return Array.from(text.matchAll(/[\p{L}\p{N}\p{M}]+/gu), (m) => [m.index, m.index + m[0].length]);
}

function spans(text: string): Array<[number, number]> {
  const { starts, ends, count } = wordSpans(text);
  return Array.from({ length: count }, (_, i) => [starts[i]!, ends[i]!]);
}

describe("wordSpans", () => {
  it("finds the words the Unicode regex finds, in ASCII text and in any other", () => {
    // Printable ASCII, and everything else: accents, marks, astral characters and lone surrogates.
    const ascii = fc.string({ unit: fc.constantFrom(..."ab Z09 -,.'\"@[`{~/:".split("")), maxLength: 80 });
    fc.assert(
      fc.property(
        fc.oneof(
          ascii,
          fc.string({ unit: "grapheme", maxLength: 40 }),
          fc.string({ unit: "binary", maxLength: 40 }),
          fc.string(),
        ),
        (text) => {
          expect(spans(text)).toEqual(byRegex(text));
        },
      ),
    );
    expect(spans("Côte d'Ivoire, 2024: e-services")).toEqual(byRegex("Côte d'Ivoire, 2024: e-services"));
    expect(spans("Social insurance for 12 workers.")).toEqual([
      [0, 6],
      [7, 16],
      [17, 20],
      [21, 23],
      [24, 31],
    ]);
  });
});
