// How much garbage the import command lets V8 keep. By default V8 lets its heap grow to several
// times what the last full collection left live before it collects again; an import's records die
// young or live to the end, so that headroom is mostly dead chunks and statement buffers. A growing
// factor of 1.5 collects sooner: peak RSS of a 100k first import 684–706 → 591–610 MB, of a 30k
// re-import 429–450 → 332–344 MB, for about a sixth more CPU where the import process is the
// bottleneck (a re-import; measured in the README, "At scale"). It sets no limit: a larger import
// gets a larger heap.
import v8 from "node:v8";

/** Percent the heap may grow over what the last full collection left live. */
export const IMPORT_HEAP_GROWING_PERCENT = 50;

/** For processes that only import (the ingest command, the benchmark's imports), never a server. */
export function tuneHeapForImport(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
}
