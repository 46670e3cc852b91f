import { describe, expect, it } from "vitest";
import { detached, StringPool, TopicLabels, Uint32Arena } from "./compact";

describe("compact storage of an import's groups", () => {
  it("an arena keeps every stored array as it was, one after the other, across blocks, and a later store never overwrites an earlier one", () => {
    const arena = new Uint32Arena();
    const read = (stored: { block: Uint32Array; at: number }, length: number, from = 0) =>
      Array.from(stored.block.subarray(stored.at + from, stored.at + from + length));
    const stored: Array<[Uint32Array, Uint32Array, { block: Uint32Array; at: number }]> = [];
    // 2,000 pairs of 0–400 and 64 values: more than a block (262,144 values), and one larger than a block.
    for (let n = 0; n < 2000; n++) {
      const words = Uint32Array.from({ length: (n * 37) % 401 }, (_, i) => (n * 1_000_003 + i) >>> 0);
      const signature = Uint32Array.from({ length: 64 }, (_, i) => (n * 7 + i) >>> 0);
      stored.push([words, signature, arena.store(words, signature)]);
    }
    const large = Uint32Array.from({ length: 300_000 }, (_, i) => i);
    const storedLarge = arena.store(large);
    const after = arena.store(Uint32Array.of(7, 8, 9));
    for (const [words, signature, at] of stored) {
      expect(read(at, words.length)).toEqual(Array.from(words));
      expect(read(at, 64, words.length)).toEqual(Array.from(signature));
    }
    expect(read(storedLarge, large.length)).toEqual(Array.from(large));
    expect(read(after, 3)).toEqual([7, 8, 9]);
    // Stores share blocks: fewer blocks than stores.
    expect(new Set(stored.map(([, , at]) => at.block)).size).toBeLessThan(10);
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
