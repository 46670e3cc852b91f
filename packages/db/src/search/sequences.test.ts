import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../testing/fast-check";
import { Sequences } from "./sequences";

describe("Sequences", () => {
  it("gives every live slot its ids back after removals, however often the pool is copied", () => {
    fc.assert(
      fc.property(
        // A hundred runs of up to 3,000 ids, three in four removed: enough to pass the pool's copy threshold.
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3000 }),
            fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
          ),
          {
            minLength: 100,
            maxLength: 120,
          },
        ),
        (runs) => {
          const sequences = new Sequences();
          const live = new Uint8Array(runs.length);
          const ids = runs.map(([n], slot) => Array.from({ length: n }, (_, k) => slot * 7 + k));
          runs.forEach((_, slot) => {
            sequences.add(slot, ids[slot]!);
            live[slot] = 1;
          });
          runs.forEach(([, removed], slot) => {
            if (!removed) return;
            live[slot] = 0;
            sequences.remove(slot, live);
          });
          runs.forEach((_, slot) => live[slot] && expect([...sequences.of(slot)]).toEqual(ids[slot]));
        },
      ),
      { numRuns: 40 },
    );
  });
});
