import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { cachedKey } from "./resolve";

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("the key cache of institutions and topics", () => {
  // A field is cut from the chunk of the file it was read in; V8 makes such a cut a view of the
  // chunk, so caching the field itself kept every chunk that brought a new name alive.
  it("keeps no chunk of the input alive", () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 40; i++) {
      const chunk = `${"Implementation year:\n2021\n".repeat(40_000)}Institution number ${i} , France , Europe\n`;
      const name = chunk.slice(
        chunk.lastIndexOf("Institution"),
        chunk.indexOf(" , ", chunk.lastIndexOf("Institution")),
      );
      expect(cachedKey(name)).toBe(`institution number ${i}`);
    }
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000); // 40 chunks of 1 MB otherwise
  });
});
