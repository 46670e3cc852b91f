import { describe, expect, it } from "vitest";
import { acceptedLanguages, homeDecision, preferredLocale } from "./negotiate";
import { alternates, localePath, splitLocale } from "./paths";

describe("the home page's language negotiation", () => {
  it("reads Accept-Language by its q-values, ties in the order given", () => {
    expect(acceptedLanguages("de;q=0.5, fr-CA, en;q=0.8")).toEqual(["fr-ca", "en", "de"]);
    expect(acceptedLanguages("es, fr")).toEqual(["es", "fr"]);
    expect(acceptedLanguages("*;q=0, it;q=0")).toEqual([]);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it("prefers the first of the site's languages the visitor accepts, English otherwise", () => {
    expect(preferredLocale("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(preferredLocale("it, de-AT;q=0.7, es;q=0.5")).toBe("de");
    expect(preferredLocale("en-GB, fr;q=0.9")).toBe("en");
    expect(preferredLocale("ja, zh")).toBe("en");
    expect(preferredLocale("")).toBe("en");
  });

  it("lets the remembered language win, and remembers a negotiated one", () => {
    expect(homeDecision(undefined, "es")).toEqual({ locale: "es", remember: true });
    expect(homeDecision(undefined, "en")).toEqual({ locale: "en", remember: true });
    expect(homeDecision("de", "es")).toEqual({ locale: "de", remember: false });
    expect(homeDecision("en", "fr")).toEqual({ locale: "en", remember: false });
    expect(homeDecision("xx", "fr")).toEqual({ locale: "fr", remember: true });
  });
});

describe("addresses per language", () => {
  it("keeps English unprefixed and puts the others under their code", () => {
    expect(localePath("en", "/practices?q=a")).toBe("/practices?q=a");
    expect(localePath("fr", "/practices?q=a")).toBe("/fr/practices?q=a");
    expect(localePath("de", "/")).toBe("/de");
    expect(splitLocale("/es/practices/x")).toEqual({ locale: "es", rest: "/practices/x" });
    expect(splitLocale("/fr")).toEqual({ locale: "fr", rest: "/" });
    expect(splitLocale("/free/x")).toEqual({ locale: null, rest: "/free/x" });
    expect(splitLocale("/it/x")).toEqual({ locale: null, rest: "/it/x" });
  });

  it("gives each page its canonical address and the hreflang alternates, x-default in English", () => {
    expect(alternates("de", "/topics")).toEqual({
      canonical: "/de/topics",
      languages: { en: "/topics", fr: "/fr/topics", de: "/de/topics", es: "/es/topics", "x-default": "/topics" },
    });
  });
});
