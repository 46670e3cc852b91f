/**
 * Each slot's term ids by position, all in one Int32Array: a slot's run starts at `start[slot]`
 * and holds `size[slot]` ids. One array rather than one per slot: a phrase check reads a few ids
 * of thousands of slots, and each slot's own array cost cache misses to reach (object, then its
 * buffer) and about 200 bytes of bookkeeping apiece. A removed slot's run stays until removed runs
 * are half of the pool, when the live ones are copied into a new pool.
 */
export class Sequences {
  pool: Int32Array = new Int32Array(1 << 16);
  start: Int32Array = new Int32Array(1024);
  size: Int32Array = new Int32Array(1024);
  private used = 0;
  private removed = 0;

  /** Stores a slot's ids (slots must come in increasing order). */
  add(slot: number, ids: number[]): void {
    if (this.used + ids.length > this.pool.length) this.pool = grown(this.pool, (this.used + ids.length) * 1.5);
    if (slot >= this.start.length) {
      this.start = grown(this.start, slot * 2);
      this.size = grown(this.size, slot * 2);
    }
    this.pool.set(ids, this.used);
    this.start[slot] = this.used;
    this.size[slot] = ids.length;
    this.used += ids.length;
  }

  /** Forgets a slot's ids; `live` says which slots are kept when the pool is copied. */
  remove(slot: number, live: Uint8Array): void {
    this.removed += this.size[slot]!;
    this.size[slot] = 0;
    if (this.removed > 1 << 16 && this.removed > this.used / 2) this.repack(live, this.used - this.removed);
  }

  /** The pool without room to spare or removed runs (after the bulk load, or when they pile up). */
  repack(live: Uint8Array, capacity = this.used - this.removed): void {
    const pool = new Int32Array(capacity);
    let used = 0;
    for (let slot = 0; slot < live.length && slot < this.start.length; slot++) {
      if (live[slot] !== 1) continue;
      const [from, n] = [this.start[slot]!, this.size[slot]!];
      pool.set(this.pool.subarray(from, from + n), used);
      this.start[slot] = used;
      used += n;
    }
    [this.pool, this.used, this.removed] = [pool, used, 0];
  }

  /** A slot's ids, as a view of the pool (valid until the next add or remove). */
  of(slot: number): Int32Array {
    const from = this.start[slot]!;
    return this.pool.subarray(from, from + this.size[slot]!);
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(Math.ceil(size));
  out.set(array);
  return out;
}
