import fc from "fast-check";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  estimatedSimilarity,
  lshPairs,
  minhash,
  minhashOfWordHashes,
  shingles,
  shinglesOfNormalised,
  shinglesOfWordHashes,
  trigramSimilarity,
  trigrams,
  wordHashesOfNormalised,
  wordSimilarity,
  words,
} from "./similarity";
import { normaliseForMatch } from "./normalise";

const bank2022 =
  "Institutions are being transformed thanks to the integration of new technologies. This vision represents a corporate change with a social impact, reducing costs, simplifying processes and procedures, and raising awareness of the importance and benefits of this transformation.";
const bank2021 =
  "Digital transformation is happening in institutions through the integration of new technologies. This vision represents an institutional and social change, optimizing available resources, reducing costs, shortening processes and procedures, and raising awareness of the importance and benefits of this transformation.";

/** Deterministic pseudo-random prose: words drawn from a small vocabulary. */
function prose(seed: number, length: number): string {
  const vocabulary = [
    "benefit",
    "pension",
    "contribution",
    "digital",
    "service",
    "insured",
    "employer",
    "claim",
    "fund",
    "health",
    "family",
    "data",
    "online",
    "office",
    "reform",
    "worker",
  ];
  let x = seed;
  return Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return `${vocabulary[x % vocabulary.length]}${(x >>> 8) % 50}`;
  }).join(" ");
}

describe("similarity measures", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("scores trigrams as pg_trgm's similarity() does", async () => {
    const [row] = await t.db.execute<{ score: number }>(sql`select similarity(${bank2022}, ${bank2021}) as score`);
    expect(trigramSimilarity(trigrams(words(bank2022)), trigrams(words(bank2021)))).toBeCloseTo(row!.score, 3);
  });

  it("measures word edits", () => {
    const text = prose(1, 20);
    const edited = text.replace(/^\S+/, "changed");
    expect(wordSimilarity(words(text), words(edited))).toBeCloseTo(0.95, 5);
    expect(wordSimilarity(words(text), words(text))).toBe(1);
    expect(wordSimilarity([], [])).toBe(1);
  });

  it("hashes word pairs the same way from words or from the normalised text", () => {
    const text = normaliseForMatch(`${bank2022} Ça coûte “peu”.`);
    expect([...shinglesOfNormalised(text)]).toEqual([...shingles(words(text))]);
    const ascii = normaliseForMatch(bank2021);
    expect([...shinglesOfNormalised(ascii)]).toEqual([...shingles(words(ascii))]);
  });

  it("hashes words and signs word pairs in one pass as from the list of words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,14}$/), { maxLength: 3000 }),
        fc.constantFrom(" ", ", ", " - "),
        (list, gap) => {
          const text = list.join(gap);
          const hashes = wordHashesOfNormalised(text);
          expect([...hashes]).toEqual([...wordHashesOfNormalised(`${text} é`)].slice(0, list.length)); // the non-ASCII path
          expect([...minhashOfWordHashes(hashes)]).toEqual([...minhash(shinglesOfWordHashes(hashes))]);
          expect([...minhash(shinglesOfWordHashes(hashes))]).toEqual([...minhash(shingles(list))]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("estimates Jaccard similarity with MinHash", () => {
    const a = minhash(shingles(words(prose(2, 300))));
    expect(estimatedSimilarity(a, a)).toBe(1);
    expect(estimatedSimilarity(a, minhash(shingles(words(prose(3, 300)))))).toBeLessThan(0.15);
    const near = prose(2, 300).replace(/^((?:\S+ ){100})\S+/, "$1changed");
    expect(estimatedSimilarity(a, minhash(shingles(words(near))))).toBeGreaterThan(0.8);
  });

  it("finds near-duplicate pairs by LSH without proposing every pair", () => {
    const texts = Array.from({ length: 300 }, (_, i) => prose(1000 + i, 120));
    // Ten texts get a version with a tenth of its words replaced.
    for (let i = 0; i < 10; i++)
      texts.push(
        texts[i * 7]!.split(" ")
          .map((w, j) => (j % 10 === 3 ? `x${j}` : w))
          .join(" "),
      );
    const pairs = lshPairs(texts.map((text) => minhash(shingles(words(text)))));
    for (let i = 0; i < 10; i++) expect(pairs).toContainEqual([i * 7, 300 + i]);
    expect(pairs.length).toBeLessThan((310 * 309) / 2 / 20);
  });
});
