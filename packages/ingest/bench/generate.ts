// Synthetic ISSA listings for the benchmark: realistic record shapes and sizes, with exact repeats
// and one-word edits, written as a stream so that 100k records never sit in one string.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { issaRegions, referenceCountries } from "@gp/db/reference";
import { issaTopicTree } from "../src/topic-tree";
import { random } from "./random";

const SYLLABLES = [
  "so",
  "ci",
  "al",
  "se",
  "cu",
  "ri",
  "ty",
  "pen",
  "sion",
  "ben",
  "e",
  "fit",
  "in",
  "sur",
  "ance",
  "ad",
  "min",
  "is",
  "tra",
  "tion",
  "dig",
  "it",
  "con",
  "trib",
  "ute",
  "fam",
  "il",
  "y",
  "heal",
  "th",
  "work",
  "er",
  "re",
  "form",
  "serv",
  "ice",
  "ac",
  "cess",
  "cov",
  "er",
  "age",
  "da",
  "ta",
  "pro",
  "gram",
  "me",
];

export interface GenerateOptions {
  records: number;
  institutions?: number;
  seed?: number;
  /** Share of records that repeat an earlier record exactly. */
  repeats?: number;
  /** Share of records that repeat an earlier record with one word changed. */
  edits?: number;
}

export interface Generated {
  records: number;
  repeats: number;
  edits: number;
  bytes: number;
}

/** Writes a listing of `records` records to `file`. */
export async function generateListing(file: string, options: GenerateOptions): Promise<Generated> {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // A vocabulary of 6,000 words, drawn with a Zipf-like skew as prose is.
  const vocabulary = Array.from({ length: 6000 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(SYLLABLES)).join(""),
  );
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 2.2)]!;
  const regionName = new Map(issaRegions.map((r) => [r.slug, r.name]));
  const countries = referenceCountries.filter((c) => !c.name.includes(","));
  const institutions = Array.from({ length: options.institutions ?? 3000 }, (_, i) => {
    const country = pick(countries);
    const name = `${pick(["National", "Federal", "General", "Central", "Public"])} ${word()} ${pick(["Institute", "Fund", "Office", "Agency", "Board"])} ${i}`;
    return `${name[0]!.toUpperCase()}${name.slice(1)} , ${country.name} , ${regionName.get(country.region)}`;
  });
  const topics = Object.entries(issaTopicTree).flatMap(([parent, children]) => [parent, ...children]);

  const summary = () => {
    const length = 400 + Math.floor(rand() * 1100);
    const paragraphs: string[] = [];
    let text = "";
    for (let total = 0; total < length;) {
      const sentence = Array.from({ length: 8 + Math.floor(rand() * 14) }, word).join(" ");
      text += `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. `;
      total += sentence.length + 2;
      if (rand() < 0.15 && total < length) {
        paragraphs.push(text.trim());
        text = "";
      }
    }
    paragraphs.push(text.trim());
    return paragraphs.filter(Boolean).join("\n\n");
  };
  const record = () => {
    const implementation = 1995 + Math.floor(rand() * 30);
    const award = rand() < 0.2 ? 0 : implementation + Math.floor(rand() * 4);
    const chosen = [...new Set(Array.from({ length: Math.floor(rand() * 6) }, () => pick(topics)))];
    const topicLines = chosen.length > 0 ? `\nTopic:\n${chosen.join("\n")}` : "";
    return `Implementation year:\n${implementation}\nAward Year:\n${award}\n${pick(institutions)}\n\n${summary()}\n${topicLines}\n`;
  };
  const editOne = (text: string) => {
    const start = text.indexOf("\n\n") + 2;
    const end = text.indexOf("\n", text.lastIndexOf("."));
    const body = text.slice(start, end);
    const words = body.split(" ");
    const at = Math.floor(rand() * words.length);
    words[at] = words[at]!.endsWith(".") ? `${word()}.` : word();
    return text.slice(0, start) + words.join(" ") + text.slice(end);
  };

  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(
    "Database\n\nGood Practices in Social Security\n\nISSA Database of Good Practices\n\nThe map shows the first 100 results for the selected criteria.\n\n",
  );
  const written: string[] = [];
  const generated = { records: 0, repeats: 0, edits: 0, bytes: 0 };
  const repeats = options.repeats ?? 0.1;
  const edits = options.edits ?? 0.03;
  for (let i = 0; i < options.records; i++) {
    const roll = rand();
    let text: string;
    if (written.length > 0 && roll < repeats) {
      text = pick(written);
      generated.repeats++;
    } else if (written.length > 0 && roll < repeats + edits) {
      text = editOne(pick(written));
      generated.edits++;
    } else {
      text = record();
      // Keep a window of recent records to repeat, so memory stays flat however many are written.
      if (written.length < 5000) written.push(text);
      else written[Math.floor(rand() * written.length)] = text;
    }
    generated.records++;
    generated.bytes += Buffer.byteLength(text);
    await write(text);
  }
  out.end();
  await once(out, "finish");
  return generated;
}
