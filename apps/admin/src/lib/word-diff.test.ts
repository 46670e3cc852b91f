import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

const changed = (tokens: Array<{ text: string; changed: boolean }>) =>
  tokens.filter((t) => t.changed).map((t) => t.text);

describe("word diff", () => {
  it("marks the words each side does not share, ignoring case and punctuation", () => {
    const diff = wordDiff("Doctors issue sick leave online.", "Doctors now issue Sick leave certificates online");
    expect(changed(diff.a)).toEqual([]);
    expect(changed(diff.b)).toEqual(["now", "certificates"]);
    expect(diff.b.map((t) => t.text).join("")).toBe("Doctors now issue Sick leave certificates online");
  });

  it("marks everything when nothing is shared, and nothing for equal texts", () => {
    expect(changed(wordDiff("alpha beta", "gamma").a)).toEqual(["alpha", "beta"]);
    expect(changed(wordDiff("same text", "same text").b)).toEqual([]);
  });
});
