import fc from "fast-check";
import { describe, expect, it } from "vitest";
import "../testing/fast-check";
import { ListColumn, WIDTH } from "./columns";

describe("ListColumn's fixed-width copy", () => {
  it("counts every slot's ids as its lists do, short lists by their places and long ones by the list", () => {
    fc.assert(
      fc.property(
        // Lists up to twice the width, some ids too large for 16 bits.
        fc.array(
          fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 70_000 })), {
            maxLength: 2 * WIDTH,
          }),
          {
            maxLength: 2000,
          },
        ),
        (lists) => {
          const column = new ListColumn();
          for (const list of lists) column.push(list);
          const size = 70_001;
          const [byList, byPlaces] = [new Int32Array(size), new Int32Array(WIDTH + size)];
          for (const list of lists) for (const id of list) byList[id]!++;
          lists.forEach((_, slot) => {
            if (column.long[slot] === 1) {
              const from = column.start.data[slot]!;
              for (let k = from; k < from + column.count.data[slot]!; k++) byPlaces[WIDTH + column.values.data[k]!]!++;
            } else for (let k = 0; k < WIDTH; k++) byPlaces[column.wide[slot * WIDTH + k]!]!++;
          });
          expect([...byPlaces.subarray(WIDTH)]).toEqual([...byList]);
        },
      ),
      { numRuns: 50 },
    );
  });
});
