// The worker thread of an import read from a file (`prepareInWorker`): it reads, parses, validates,
// resolves and hashes the records, chunk by chunk, while the main thread groups, matches and writes
// the chunks before them. One chunk is posted ahead at most: the worker waits for the main thread
// to take the last one before it posts the next (it prepares that one meanwhile).
import { createReadStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parseInput } from "../parse";
import type { ImportFormat } from "../record";
import type { Reference } from "../reference";
import { prepareChunk } from "./prepared";
import type { FromWorker, WorkerJob } from "./worker-source";

const job = workerData as WorkerJob;
const port = parentPort!;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let credit = 1;
let wake: (() => void) | null = null;
port.on("message", () => {
  credit++;
  wake?.();
});

const reference: Reference = job.reference;
const file = await parseInput(
  { name: job.name, content: createReadStream(job.path, { highWaterMark: 1 << 20 }), size: job.size },
  {
    format: job.format,
    onBytes: (bytes) => post({ kind: "bytes", bytes }),
    onFormat: async (format: ImportFormat) => post({ kind: "file", format }),
    onRecords: async (records) => {
      const chunk = prepareChunk(records, { index: job.fileIndex, name: job.name }, reference);
      while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
      credit--;
      const buffers = [chunk.words.buffer, chunk.offsets.buffer, chunk.signatures.buffer] as ArrayBuffer[];
      post({ kind: "records", chunk }, buffers);
    },
  },
);
post({ kind: "end", file });
port.close();
