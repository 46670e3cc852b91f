import { describe, expect, it } from "vitest";
import { unmarked } from "./sorted-sets";

describe("sorted slot sets", () => {
  it("drops the slots marked 1, past the marks' end included, as a filter would", () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const slots = Int32Array.from(
        [...new Set(Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 300)))].sort(
          (a, b) => a - b,
        ),
      );
      const marks = new Uint8Array(Math.floor(next() * 320)).map(() => (next() < 0.3 ? 1 : 0));
      expect([...unmarked(slots, marks)]).toEqual([...slots].filter((slot) => marks[slot] !== 1));
    }
  });
});
