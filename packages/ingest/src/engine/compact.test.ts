import { describe, expect, it } from "vitest";
import { detached, StringPool, TopicLabels, Uint32Arena } from "./compact";

describe("compact storage of an import's groups", () => {
  it("an arena keeps every stored array as it was, across blocks, and a later store never overwrites an earlier one", () => {
    const arena = new Uint32Arena();
    const stored: Array<[Uint32Array, Uint32Array]> = [];
    // 2,000 arrays of 0–400 values: more than a block (262,144 values), and one larger than a block.
    for (let n = 0; n < 2000; n++) {
      const values = Uint32Array.from({ length: (n * 37) % 401 }, (_, i) => (n * 1_000_003 + i) >>> 0);
      stored.push([values, arena.store(values)]);
    }
    const large = Uint32Array.from({ length: 300_000 }, (_, i) => i);
    const storedLarge = arena.store(large);
    const after = arena.store(Uint32Array.of(7, 8, 9));
    for (const [values, view] of stored) expect(Array.from(view)).toEqual(Array.from(values));
    expect(Array.from(storedLarge)).toEqual(Array.from(large));
    expect(Array.from(after)).toEqual([7, 8, 9]);
    // Views share blocks: fewer buffers than arrays.
    expect(new Set(stored.map(([, view]) => view.buffer)).size).toBeLessThan(10);
  });

  it("a pool gives one copy per distinct string, equal to it", () => {
    const pool = new StringPool();
    const line = "Social Insurance Institution , Poland , Europe";
    const a = pool.intern(line.slice(0, 28));
    const b = pool.intern(`Social Insurance ${"Institution"}`);
    expect(a).toBe("Social Insurance Institution");
    expect(b).toBe(a);
    expect(pool.intern("Poland")).toBe("Poland");
    expect(detached(line.slice(31))).toBe("Poland , Europe");
  });

  it("topic labels keep each key once, with its first label, in the order first seen", () => {
    const topics = new TopicLabels();
    topics.add("health", "Health");
    topics.add("e services", "E-services");
    topics.add("health", "HEALTH");
    expect(topics.size).toBe(2);
    expect(topics.has("health")).toBe(true);
    expect(topics.has("family benefits")).toBe(false);
    expect(topics.get("health")).toBe("Health");
    expect(topics.get("family benefits")).toBeUndefined();
    expect([...topics.keys()]).toEqual(["health", "e services"]);
    expect([...topics.values()]).toEqual(["Health", "E-services"]);
    expect([...topics]).toEqual([
      ["health", "Health"],
      ["e services", "E-services"],
    ]);
  });
});
