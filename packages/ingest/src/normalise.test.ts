import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "./fingerprint";
import { cleanLine, cleanSummary, collapseSpaces, normaliseForMatch, tidySummary } from "./normalise";

/** Rewrites a text the way exports and copy-paste do, without changing a word. */
const noisy = (text: string) =>
  fc
    .tuple(
      fc.constantFrom(" ", "  ", "\u00a0", "\t", "\n", " \u00a0 ", "\u2009", "\r\n"),
      fc.constantFrom("'", "\u2019", "\u2018"),
      fc.constantFrom('"', "\u201c", "\u201d", "\u00ab"),
      fc.constantFrom("-", "\u2013", "\u2014", "\u2212", "\u2012"),
      fc.constantFrom("lower", "upper", "same"),
      fc.constantFrom("", " ", "\n\n", "\ufeff"),
    )
    .map(([space, single, double, dash, casing, edge]) => {
      let out = text.replace(/ /g, space).replace(/'/g, single).replace(/"/g, double).replace(/-/g, dash);
      if (casing === "lower") out = out.toLowerCase();
      if (casing === "upper") out = out.toUpperCase();
      return `${edge}${out}${edge}`;
    });

const word = fc.stringMatching(/^[A-Za-z0-9éàł'"-]{1,12}$/);
const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(" "));

describe("normaliseForMatch", () => {
  it("folds spaces, quotes, dashes and case", () => {
    expect(normaliseForMatch("  The “Classes with ZUS”\u00a0project –  ZUS’s  \n programme ")).toBe(
      'the "classes with zus" project - zus\'s programme',
    );
    expect(normaliseForMatch("ﬁnance ①")).toBe("finance 1"); // NFKC
  });

  it("is idempotent and never crashes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const once = normaliseForMatch(value);
        expect(normaliseForMatch(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s{2}/);
      }),
    );
  });

  it("gives one form for every noisy copy of a text", () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), noisy(t))),
        ([original, copy]) => {
          expect(normaliseForMatch(copy)).toBe(normaliseForMatch(original));
        },
      ),
    );
  });
});

describe("collapseSpaces", () => {
  // It replaces only uneven runs of whitespace (every field and summary of an import goes through it).
  it("gives what replacing every run of whitespace with one space and trimming gives", () => {
    const spaced = fc
      .array(fc.oneof(fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", " \u2009 ", "\ufeff", "\u3000"), word), {
        maxLength: 40,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(spaced, fc.string({ unit: "binary" })), (value) => {
        expect(collapseSpaces(value)).toBe(value.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cleanSummary", () => {
  // It skips the four replacements when none would change anything (most summaries of an import).
  it("gives what all its replacements give", () => {
    const parts = fc.constantFrom(
      " ",
      "\n",
      "\n\n",
      "\n\n\n",
      "\r",
      "\r\n",
      "\t",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "\u2028",
      "a",
      "b.",
    );
    const summary = fc.array(fc.oneof(parts, word), { maxLength: 40 }).map((list) => list.join(""));
    fc.assert(
      fc.property(fc.oneof(summary, fc.string({ unit: "binary" })), (value) => {
        expect(cleanSummary(value)).toBe(tidySummary(value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("display cleaning", () => {
  it("tidies one-line fields and keeps a summary's paragraphs", () => {
    expect(cleanLine(" Social\u00a0Insurance  Institution\t")).toBe("Social Insurance Institution");
    expect(cleanSummary("First  line \r\nsecond\r\n\r\n\r\n\r\n• bullet “quoted”\u00a0 \r\n")).toBe(
      "First  line\nsecond\n\n• bullet “quoted”",
    );
  });
});

describe("fingerprint", () => {
  const parts = (institution: string, summary: string) => ({
    institution,
    countryCode: "pl",
    implementationYear: 2021,
    awardYear: null,
    summary,
  });

  it("is stable under whitespace, quote, dash and case noise", () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), noisy(t))),
        text.chain((t) => fc.tuple(fc.constant(t), noisy(t))),
        ([institution, noisyInstitution], [summary, noisySummary]) => {
          expect(fingerprint(parts(noisyInstitution, noisySummary))).toBe(fingerprint(parts(institution, summary)));
        },
      ),
    );
  });

  it("changes with a word of the summary, the country or a year", () => {
    fc.assert(
      fc.property(text, word, (summary, extra) => {
        const base = fingerprint(parts("ZUS", summary));
        expect(fingerprint(parts("ZUS", `${summary} ${extra}`))).not.toBe(base);
        expect(fingerprint({ ...parts("ZUS", summary), countryCode: "BE" })).not.toBe(base);
        expect(fingerprint({ ...parts("ZUS", summary), awardYear: 2022 })).not.toBe(base);
      }),
    );
    expect(fingerprint(parts("Caja de Previsión (CPS)", "x"))).toBe(fingerprint(parts("caja de prevision cps", "x")));
  });

  it("is the sha256 the database's practices and sources were stored with", () => {
    const summary = "The “Classes with ZUS”\u00a0project –  a summary.";
    expect(fingerprint(parts("Zakład Ubezpieczeń Społecznych (ZUS)", summary))).toBe(
      "ff0bd9bd0de5eb7aeee5ef1ad7f142bb46e632460e41df4a5541fcc482e4f5a2",
    );
  });
});
