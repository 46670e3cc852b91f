import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import { locales } from "./routing";

const messages = { en, fr, de, es };

type Tree = { [key: string]: string | Tree };

/** Every message of a tree, by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The arguments ({name}, {count, plural, …}) and rich-text tags (<link>) a message uses, from its ICU syntax tree. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`{${element.value}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
        found.add(`{${element.value}}`);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(en);

describe("the public site's messages", () => {
  it("has one file per language, each with every key of the English one and no other", () => {
    for (const locale of locales) {
      const keys = [...flatten(messages[locale]).keys()].sort();
      expect(keys, locale).toEqual([...english.keys()].sort());
    }
  });

  it("uses the same arguments and tags in every language as in English", () => {
    for (const locale of locales) {
      const translated = flatten(messages[locale]);
      for (const [key, message] of english)
        expect(placeholders(translated.get(key) ?? ""), `${locale}: ${key}`).toEqual(placeholders(message));
    }
  });

  it("has no message left empty or untranslated where the languages differ", () => {
    // Words that are the same in a language (CSV, API (OpenAPI), "Institution") are allowed: short, or listed here.
    const shared = new Set(["layout.footer.api"]);
    for (const locale of ["fr", "de", "es"] as const) {
      const translated = flatten(messages[locale]);
      const same = [...english].filter(
        ([key, text]) => translated.get(key) === text && text.length > 12 && !shared.has(key),
      );
      expect(
        same.map(([key]) => key),
        locale,
      ).toEqual([]);
      for (const [key, text] of translated) expect(text.trim(), `${locale}: ${key}`).not.toBe("");
    }
  });

  it("formats every message in every language (valid ICU syntax)", () => {
    const values: Record<string, string | number | ((chunks: string) => string)> = {};
    for (const message of english.values())
      for (const p of placeholders(message)) {
        const name = p.slice(1, -1);
        values[name] = p.startsWith("<") ? (chunks) => chunks : ["count", "n"].includes(name) ? 2 : "x";
      }
    values.facet = "topic";
    for (const locale of locales) {
      const t = createTranslator({ locale, messages: messages[locale] as unknown as Tree });
      for (const key of english.keys()) {
        const message = english.get(key)!;
        const text = /<\w+>/.test(message) ? t.rich(key as never, values as never) : t(key as never, values as never);
        expect(text, `${locale}: ${key}`).toBeTruthy();
      }
    }
  });
});
