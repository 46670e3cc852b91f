// A chunk of records made ready for grouping away from the thread that matches and writes: resolved
// (countries, keys, fingerprints) and each summary's word hashes and MinHash signature, packed in
// two buffers that a worker thread hands over without copying (`prepare-worker.ts`).
import type { ParsedRecord } from "../parse";
import type { Reference } from "../reference";
import { type Resolved, resolveRecords } from "../resolve";
import { minhashOfWordHashes, SIGNATURE_SIZE, wordHashesOfNormalised } from "../similarity";

export type TextOf = (i: number) => { words: Uint32Array; signature: Uint32Array };

export interface PreparedChunk {
  resolved: Omit<Resolved, "normalisedSummaries">;
  /** Every record's word hashes, one after the other; record i's are `words[offsets[i]..offsets[i+1]]`. */
  words: Uint32Array;
  offsets: Uint32Array;
  /** Every record's signature, SIGNATURE_SIZE values each. */
  signatures: Uint32Array;
}

/** Word hashes and signature of a normalised summary: what grouping and matching compare. */
export function textOfNormalised(normalised: string): { words: Uint32Array; signature: Uint32Array } {
  const words = wordHashesOfNormalised(normalised);
  return { words, signature: minhashOfWordHashes(words) };
}

/** Resolves a chunk and hashes every summary (repeats too: which records repeat is known only later). */
export function prepareChunk(
  records: readonly ParsedRecord[],
  file: { index: number; name: string },
  reference: Reference,
): PreparedChunk {
  const { normalisedSummaries, ...resolved } = resolveRecords(records, file, reference);
  const texts = normalisedSummaries.map(textOfNormalised);
  const offsets = new Uint32Array(texts.length + 1);
  texts.forEach((text, i) => (offsets[i + 1] = offsets[i]! + text.words.length));
  const words = new Uint32Array(offsets[texts.length]!);
  const signatures = new Uint32Array(texts.length * SIGNATURE_SIZE);
  texts.forEach((text, i) => {
    words.set(text.words, offsets[i]);
    signatures.set(text.signature, i * SIGNATURE_SIZE);
  });
  return { resolved, words, offsets, signatures };
}

/** Record i's word hashes and signature, as views of the chunk's buffers. */
export function preparedText(chunk: PreparedChunk): TextOf {
  return (i) => ({
    words: chunk.words.subarray(chunk.offsets[i], chunk.offsets[i + 1]),
    signature: chunk.signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE),
  });
}

/**
 * A chunk that crossed from a worker holds copies of the reference's countries: each record gets the
 * main thread's own object back (one per country, not one per record kept by its group).
 */
export function relinkCountries(chunk: PreparedChunk, reference: Reference): void {
  const byId = new Map([...reference.countryByKey.values()].map((country) => [country.id, country]));
  for (const record of chunk.resolved.records) record.country = byId.get(record.country.id)!;
}
