// The worker thread's entry: Node 20 does not carry tsx's loader (`--import tsx`) into worker
// threads, so the worker registers it itself before it loads the TypeScript source.
import { tsImport } from "tsx/esm/api";

await tsImport("./prepare-worker.ts", import.meta.url);
