import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey, slugify } from "./text";

describe("slugify", () => {
  it.each([
    ["Error, evasion and fraud", "error-evasion-and-fraud"],
    ["Social policies & programmes", "social-policies-and-programmes"],
    ["Côte d'Ivoire", "cote-d-ivoire"],
    ["Asia and the Pacific", "asia-and-the-pacific"],
    ["  --Paraguay--  ", "paraguay"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("always yields a URL-safe slug within the length limit", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe("matchKey", () => {
  it("folds punctuation, case and accents so UN and ISO spellings meet", () => {
    expect(matchKey("Iran (Islamic Republic of)")).toBe(matchKey("Iran, Islamic Republic of"));
    expect(matchKey("TÜRKIYE")).toBe(matchKey("Turkiye"));
    expect(matchKey("Côte d’Ivoire")).toBe(matchKey("Cote d'Ivoire"));
  });
});
