/** `a` comes before `b` in the order. */
export type Before = (a: number, b: number) => boolean;

/**
 * The first `k` items in order, from a binary heap of size k (the worst kept item on top), so a
 * page of a large match set costs n·log k, not a full sort. `primary`, when given, is the order's
 * first key by item (larger first): most items of a large set fall below the heap's worst on it.
 */
export function topK(items: Int32Array | number[], k: number, before: Before, primary?: ArrayLike<number>): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const worse = (i: number, j: number) => before(heap[j]!, heap[i]!);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (primary && primary[item]! < primary[heap[0]!]!) {
      // Below the worst kept item on the order's first key: out, without calling `before`.
      continue;
    } else if (before(item, heap[0]!)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
