import { describe, expect, it } from "vitest";
import { countryName } from "./names";

describe("country names per language, from CLDR", () => {
  it("keeps each language's names apart and gives the same name when asked again", () => {
    for (let round = 0; round < 2; round++) {
      expect(countryName("DE", "fr", "Germany")).toBe("Allemagne");
      expect(countryName("DE", "de", "Germany")).toBe("Deutschland");
      expect(countryName("DE", "es", "Germany")).toBe("Alemania");
      expect(countryName("CI", "fr", "Côte d'Ivoire")).toBe(new Intl.DisplayNames(["fr"], { type: "region" }).of("CI"));
    }
  });

  it("gives each call its own fallback where CLDR has no name or the code is not one", () => {
    // XX is a private-use code: CLDR names nothing there, and the cache must keep that absence, not a fallback.
    expect(countryName("XX", "fr", "First")).toBe("First");
    expect(countryName("XX", "fr", "Second")).toBe("Second");
    expect(countryName("kosovo", "de", "Kosovo")).toBe("Kosovo");
    expect(countryName("DE", "en", "Germany (stored)")).toBe("Germany (stored)");
  });
});
