import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { derivedTitle, matchKey, practiceSlug, slugify } from "./text";

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

  it("ends at a word boundary: whole words of the full slug, as many as fit", () => {
    expect(slugify("Implementation of the new legislation enabling faster payments", 45)).toBe(
      "implementation-of-the-new-legislation",
    );
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 15 }), fc.integer({ min: 12, max: 80 }), (words, max) => {
        const full = words.join("-");
        const slug = slugify(words.join(" "), max);
        // A prefix of whole words, and the next word would not have fitted.
        expect(slug === full || full.startsWith(`${slug}-`)).toBe(true);
        const next = full.slice(slug.length + 1).split("-")[0]!;
        if (slug !== full) expect(slug.length + 1 + next.length).toBeGreaterThan(max);
      }),
    );
  });

  it("cuts inside a word only when the first word alone is longer than the limit", () => {
    expect(slugify("Sozialversicherungsanstalt der Selbständigen", 10)).toBe("sozialvers");
  });
});

describe("matchKey", () => {
  it("folds punctuation, case and accents so UN and ISO spellings meet", () => {
    expect(matchKey("Iran (Islamic Republic of)")).toBe(matchKey("Iran, Islamic Republic of"));
    expect(matchKey("TÜRKIYE")).toBe(matchKey("Turkiye"));
    expect(matchKey("Côte d’Ivoire")).toBe(matchKey("Cote d'Ivoire"));
  });
});

describe("derivedTitle", () => {
  it("takes the first sentence", () => {
    expect(derivedTitle("The KDD tool is an application. It was developed in cooperation.")).toBe(
      "The KDD tool is an application",
    );
  });
  it("cuts a long sentence at a word boundary", () => {
    const title = derivedTitle(
      `${"Risk management is the process of identifying, analysing, accepting, mitigating or transferring uncertainty"} in investment decisions.`,
    );
    expect(title.endsWith("…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title).toMatch(/^Risk management is the process/);
  });
  it("never crashes and never exceeds the limit", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(derivedTitle(text).length).toBeLessThanOrEqual(91);
      }),
    );
  });
});

describe("practiceSlug", () => {
  it("joins the title slug and a short suffix", () => {
    expect(practiceSlug("Dobry start 300plus", "3F9A2C77ee")).toBe("dobry-start-300plus-3f9a2c");
    expect(practiceSlug("", "abcdef12")).toBe("practice-abcdef");
  });
  it("keeps the title's words whole before the suffix", () => {
    const slug = practiceSlug(
      "Introduction of the electronic sick leave certificate under the new legislation enabling faster payments",
      "d0025c1234",
    );
    expect(slug).toBe("introduction-of-the-electronic-sick-leave-certificate-under-d0025c");
    expect(slug).not.toMatch(/-ena-d0025c$/);
  });
});
