/**
 * Typed arrays reused by every search for its per-slot intermediate results (the filters each
 * matching slot misses, the slots that pass, the first sort key). A search runs synchronously, so
 * one array of each kind serves them all; allocating them anew (up to 400 KB each at 100k practices)
 * grew the heap between collections under load. Never hold one past the search that asked for it.
 */
export type ScratchKind = "misses" | "passing" | "primary";

const arrays = new Map<ScratchKind, Int32Array>();

/** An array of `n` zeros of this kind, valid until the next call for the same kind. */
export function scratch(kind: ScratchKind, n: number): Int32Array {
  let array = arrays.get(kind);
  if (!array || array.length < n) {
    array = new Int32Array(Math.max(n, (array?.length ?? 0) * 2));
    arrays.set(kind, array);
    return array.subarray(0, n);
  }
  const out = array.subarray(0, n);
  out.fill(0);
  return out;
}
