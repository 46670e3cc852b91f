import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../testing/fast-check";
import { TextIndex } from "./text-index";

// Few words, so phrases of them often occur; null is a stop word. Long fields put words past the
// first positions a posting can hold (posting.ts), where the phrase check scans the text instead.
const word = fc.constantFrom("a", "b", "c", "d", null);
// Mostly a filler word in long fields, so the others often first occur late.
const filler = fc.oneof({ weight: 150, arbitrary: fc.constant("z") }, { weight: 1, arbitrary: word });
const field = fc.oneof(fc.array(word, { maxLength: 12 }), fc.array(filler, { minLength: 500, maxLength: 700 }));
const doc = fc.array(field, { minLength: 1, maxLength: 3 });
const phrase = fc
  .array(word, { minLength: 2, maxLength: 4 })
  .filter((terms) => terms[0] !== null && terms[terms.length - 1] !== null);

/** Whether the phrase occurs in one field at consecutive positions, a stop word in it standing for any word. */
function bruteForce(fields: Array<Array<string | null>>, terms: Array<string | null>): boolean {
  return fields.some((f) =>
    f.some((_, start) => start + terms.length <= f.length && terms.every((t, k) => t === null || f[start + k] === t)),
  );
}

describe("phrase matching", () => {
  it("finds exactly the live slots holding the phrase, whether its words come early, late or again", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        phrase,
        fc.boolean(),
        (docs, removed, terms, compacted) => {
          const index = new TextIndex();
          docs.forEach((fields, slot) =>
            index.add(
              slot,
              fields.map((f) => ({ terms: f, weight: 1 })),
            ),
          );
          docs.forEach((_, slot) => removed[slot] && index.remove(slot));
          // Compacting copies the live slots' term ids into a new pool (sequences.ts).
          if (compacted) index.compact();
          const found = [...index.match({ groups: [[{ terms, negated: false }]] })];
          const expected = docs.flatMap((fields, slot) => (!removed[slot] && bruteForce(fields, terms) ? [slot] : []));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
