import { readFileSync } from "node:fs";
import type { ImportFormat } from "../record";
import { type ParsedFile, parseInput } from "./index";

export const seedText = readFileSync(new URL("../../seeds/000_d035195890cc90f6.txt", import.meta.url), "utf8");
export const malformedText = readFileSync(new URL("../fixtures/malformed.txt", import.meta.url), "utf8");

/** Parses a text as one file, optionally cut into byte chunks of the given sizes (cycled). */
export function parseText(
  text: string,
  options: { format?: ImportFormat; chunks?: number[]; name?: string } = {},
): Promise<ParsedFile> {
  const bytes = Buffer.from(text, "utf8");
  const sizes = options.chunks;
  async function* cut(): AsyncGenerator<Uint8Array> {
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = Math.max(1, sizes![i % sizes!.length]!);
      yield bytes.subarray(at, at + size);
      at += size;
    }
  }
  return parseInput({ name: options.name ?? "test.txt", content: sizes ? cut() : text }, { format: options.format });
}

/** The records of a parse, without line numbers: what must not change under noise. */
export function recordsOf(file: ParsedFile) {
  return file.records.map((r) => r.record);
}
