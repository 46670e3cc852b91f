import type { Db } from "@gp/db";
import { type ParsedFile, type ParsedRecord, parseInput } from "../parse";
import type { ImportInput } from "../parse/input";
import type { ImportFormat } from "../record";
import type { ImportReport } from "../report";
import { Importer } from "./importer";
import type { PreparedChunk } from "./prepared";
import { BoundedQueue } from "./queue";
import type { FileReader } from "./worker-source";
import type { WriteOptions } from "./writer";

/** Where an import has got to, for a progress bar. */
export type ImportProgress =
  | { stage: "read"; file: string; bytes: number; totalBytes: number | null }
  | { stage: "records"; done: number; total: number }
  | { stage: "finish" };

/**
 * An input to read as a stream, one already parsed (a plan's), or a file to read, parse and resolve
 * in a worker thread (`worker-source.ts`).
 */
export type Source =
  | { input: ImportInput; parsed?: undefined; file?: undefined }
  | { parsed: ParsedFile; input?: undefined; file?: undefined }
  | { file: { path: string; name: string; size: number }; read: FileReader; input?: undefined; parsed?: undefined };

type Event =
  | { kind: "file"; name: string; format: ImportFormat }
  | { kind: "records"; records: ParsedRecord[] }
  | { kind: "prepared"; chunk: PreparedChunk; taken: () => void }
  | { kind: "end"; file: ParsedFile };

/** Records per chunk when the records are already parsed. */
const CHUNK = 2000;

/**
 * Runs an import: a producer parses the inputs into chunks of records while the importer matches
 * and writes the chunks before them (a bounded queue keeps the two in step and memory flat).
 * `write` null is a dry run. Input errors come back in the report; the caller must then roll back.
 */
export async function runImport(
  db: Db,
  sources: Source[],
  options: { format?: ImportFormat; write: WriteOptions | null; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportReport> {
  const importer = new Importer(db, options.write);
  await importer.init();
  const queue = new BoundedQueue<Event>(1);
  const stopped = new AbortController();
  const total = sources.reduce((n, s) => n + (s.parsed?.records.length ?? 0), 0);
  let done = 0;

  const producer = (async () => {
    for (const [fileIndex, source] of sources.entries()) {
      if (source.file) {
        const { name, size } = source.file;
        const job = { ...source.file, fileIndex, format: options.format, reference: importer.referenceData };
        const file = await source.read(
          job,
          {
            onBytes: (bytes) => options.onProgress?.({ stage: "read", file: name, bytes, totalBytes: size }),
            onFormat: (format) => queue.push({ kind: "file", name, format }),
            onChunk: (chunk, taken) => queue.push({ kind: "prepared", chunk, taken }),
          },
          stopped.signal,
        );
        await queue.push({ kind: "end", file });
        continue;
      }
      if (source.parsed) {
        const file = source.parsed;
        await queue.push({ kind: "file", name: file.name, format: file.format });
        for (let i = 0; i < file.records.length; i += CHUNK)
          await queue.push({ kind: "records", records: file.records.slice(i, i + CHUNK) });
        await queue.push({ kind: "end", file });
        continue;
      }
      const { name, size } = source.input;
      const file = await parseInput(source.input, {
        format: options.format,
        onBytes: (bytes) => options.onProgress?.({ stage: "read", file: name, bytes, totalBytes: size ?? null }),
        onFormat: (format) => queue.push({ kind: "file", name, format }),
        onRecords: (records) => queue.push({ kind: "records", records }),
      });
      await queue.push({ kind: "end", file });
    }
  })().then(
    () => queue.close(),
    (error: unknown) => queue.close(error),
  );

  try {
    for await (const event of queue) {
      if (event.kind === "file") await importer.startFile(event.name, event.format);
      else if (event.kind === "end") importer.endFile(event.file);
      else if (event.kind === "prepared") {
        event.taken();
        await importer.addPrepared(event.chunk);
      } else {
        await importer.addRecords(event.records);
        done += event.records.length;
        if (total > 0) options.onProgress?.({ stage: "records", done, total });
      }
    }
  } catch (error) {
    queue.close(error); // stops the producer
    stopped.abort(error); // and a reader waiting for a chunk to be taken
    await producer;
    throw error;
  }
  await producer;
  options.onProgress?.({ stage: "finish" });
  return importer.finish();
}
