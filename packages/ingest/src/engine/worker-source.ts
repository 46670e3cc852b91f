// Reads one file in a worker thread (`prepare-worker.ts`): parsing, validating, resolving and hashing
// take about half of an import's CPU in the import process, and a re-import leaves PostgreSQL idle,
// so the second core does them while this thread groups, matches and writes. Measured in the README
// ("At scale"). Only for imports of files from disk (`importFiles`'s `readInWorker`): the admin app
// plans its uploads in its own thread.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ParsedFile } from "../parse";
import type { ImportFormat } from "../record";
import type { Reference } from "../reference";
import type { PreparedChunk } from "./prepared";

/** What the worker is given. */
export interface WorkerJob {
  path: string;
  name: string;
  size: number;
  fileIndex: number;
  format: ImportFormat | undefined;
  reference: Reference;
}

export type FromWorker =
  | { kind: "bytes"; bytes: number }
  | { kind: "file"; format: ImportFormat }
  | { kind: "records"; chunk: PreparedChunk }
  | { kind: "end"; file: ParsedFile };

export interface WorkerEvents {
  onBytes: (bytes: number) => void;
  onFormat: (format: ImportFormat) => Promise<void>;
  /** Resolves once the chunk is queued; `taken` is called when the importer starts on it. */
  onChunk: (chunk: PreparedChunk, taken: () => void) => Promise<void>;
}

/**
 * Built from this module's path, not `new URL(…, import.meta.url)`: that is an asset reference to
 * Next.js's bundler. Beside the source, a JavaScript entry that loads the TypeScript worker through
 * tsx (tests); beside the built command (dist/, build.mjs), the worker built into one file.
 */
const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "prepare-worker.mjs");

/**
 * What reads a file away from the import's thread: `prepareInWorker`, passed in by the command line.
 * `signal` aborts when the import stops (a write failed): the reader must then stop and reject.
 */
export type FileReader = (job: WorkerJob, events: WorkerEvents, signal?: AbortSignal) => Promise<ParsedFile>;

/**
 * Runs the worker on one file; resolves with the parsed file (its counts and errors) once it has read
 * it all. Only the command line, the benchmark and tests import this module: the admin app bundles
 * the rest of @gp/ingest, and its bundler fails on a `new Worker` of a path it cannot resolve.
 */
export const prepareInWorker: FileReader = async (job, events, signal) => {
  signal?.throwIfAborted();
  const worker = new Worker(workerFile, { workerData: job });
  try {
    return await new Promise<ParsedFile>((resolve, reject) => {
      // The worker may be waiting for a chunk it posted to be taken, which an import that stopped
      // never does: without this the reading would never end, and the command never exit.
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      let handled: Promise<void> = Promise.resolve();
      let ended: ParsedFile | null = null;
      const handle = async (message: FromWorker) => {
        if (message.kind === "bytes") events.onBytes(message.bytes);
        else if (message.kind === "file") await events.onFormat(message.format);
        else if (message.kind === "records") await events.onChunk(message.chunk, () => worker.postMessage("next"));
        else {
          ended = message.file;
          resolve(message.file);
        }
      };
      // Messages are handled one after another, in the order posted.
      worker.on("message", (message: FromWorker) => {
        handled = handled.then(() => handle(message)).catch(reject);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        void handled.then(() => {
          if (!ended)
            reject(new Error(`The import's reading thread stopped (exit code ${code}) before the end of ${job.name}.`));
        });
      });
    });
  } finally {
    await worker.terminate();
  }
};
