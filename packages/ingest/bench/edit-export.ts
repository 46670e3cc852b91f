// A second export of a listing for the benchmark: the same records, a share of them with one word
// of the summary changed (an upstream edit). Streams record by record, so 100k records never sit in
// one string.
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { random } from "./random";

export interface EditOptions {
  /** Share of records whose summary gets one word changed. */
  share: number;
  seed?: number;
}

/** Copies `source` to `target`, changing one summary word in `share` of the records; returns how many. */
export async function writeEditedExport(source: string, target: string, options: EditOptions): Promise<number> {
  const rand = random(options.seed ?? 1234);
  const out = createWriteStream(target);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let record: string[] = [];
  let edited = 0;
  const flush = async () => {
    if (record.length === 0) return;
    if (record[0] === "Implementation year:" && rand() < options.share && editSummary(record, rand)) edited++;
    await write(`${record.join("\n")}\n`);
    record = [];
  };
  for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
    if (line === "Implementation year:") await flush();
    record.push(line);
  }
  await flush();
  out.end();
  await once(out, "finish");
  return edited;
}

/**
 * Changes one word of a record's summary (the lines after the place line's blank, up to `Topic:`):
 * the word gets a suffix no generated word has, so the edit is always a real change.
 */
function editSummary(lines: string[], rand: () => number): boolean {
  // Lines: 0-3 years, 4 place, 5 blank, then the summary up to a blank line before "Topic:" or the end.
  const end = lines.indexOf("Topic:");
  const summary = lines.slice(6, end < 0 ? lines.length : end).filter((l) => l.trim() !== "");
  if (summary.length === 0) return false;
  const lineIndex = 6 + lines.slice(6).indexOf(summary[Math.floor(rand() * summary.length)]!);
  const words = lines[lineIndex]!.split(" ");
  const at = Math.floor(rand() * words.length);
  words[at] = words[at]!.replace(/^([a-zA-Z]+)/, "$1qx");
  lines[lineIndex] = words.join(" ");
  return true;
}
