// Set operations on sorted arrays of slots (postings), each one merge walk.

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!;
    else {
      out[n++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** The items of sorted `a` that are not in sorted `b`. */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    if (j >= b.length || b[j] !== a[i]) out[n++] = a[i]!;
  }
  return out.subarray(0, n);
}

/**
 * The items of sorted `a` whose mark in `marked` is not 1 (a slot's `alive` flag in another
 * index). A plain loop: `a.filter(callback)` called a closure per item and cost ~10% of a French
 * search, whose original matches (most of the collection for a common word) drop the few translated.
 */
export function unmarked(a: Int32Array, marked: Uint8Array): Int32Array {
  const out = new Int32Array(a.length);
  const size = marked.length;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const item = a[i]!;
    if (item >= size || marked[item] !== 1) out[n++] = item;
  }
  return n === a.length ? a : out.subarray(0, n);
}
