import { describe, expect, it } from "vitest";
import { localizedText, originalLanguage, textLanguage } from "./content";

const original = { title: "Online pensions", titleDerived: false, summary: "Pensions paid online.", language: null };

describe("the fallback rule", () => {
  it("takes a practice whose language is unset, or not one of the four, as English", () => {
    expect(originalLanguage(null)).toBe("en");
    expect(originalLanguage(undefined)).toBe("en");
    expect(originalLanguage("it")).toBe("en");
    expect(originalLanguage("FR")).toBe("fr");
    expect(originalLanguage("de-AT")).toBe("de");
  });

  it("shows the published translation into the page's language", () => {
    expect(
      localizedText(original, { title: "Retraites en ligne", summary: "Des retraites versées en ligne." }, "fr"),
    ).toEqual({
      title: "Retraites en ligne",
      titleDerived: false,
      summary: "Des retraites versées en ligne.",
      language: "fr",
      translated: true,
    });
  });

  it("takes a translation's title from its summary when it has none", () => {
    const text = localizedText(original, { title: null, summary: "Des retraites versées en ligne." }, "fr");
    expect(text.title).toBe("Des retraites versées en ligne");
    expect(text.titleDerived).toBe(true);
  });

  it("shows the original, in its own language, when there is no translation", () => {
    expect(localizedText(original, null, "de")).toEqual({ ...original, language: "en", translated: false });
    const french = { ...original, language: "fr" };
    expect(localizedText(french, null, "en")).toMatchObject({ language: "fr", translated: false });
    // The original's own language needs no translation, even if one were stored.
    expect(localizedText(french, { title: "x", summary: "y" }, "fr")).toMatchObject({
      title: original.title,
      language: "fr",
      translated: false,
    });
  });

  it("reads the language a listed practice's text is in, English when the search does not say", () => {
    expect(textLanguage({ language: "es" })).toBe("es");
    expect(textLanguage({})).toBe("en");
  });
});
