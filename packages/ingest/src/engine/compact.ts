// What an import keeps per practice of its input lives as long as the import (100k practices at
// scale), so it is stored compactly: word hashes and signatures in shared blocks rather than a
// buffer each, repeated strings (institutions, countries, regions, topic labels) once, and topics
// in one small array rather than a Map. Measured in packages/ingest README, "At scale".

/** 1 MB blocks: a block holds the word hashes and signatures of about 1,300 summaries. */
const BLOCK = 1 << 18;

/**
 * Copies Uint32Arrays into shared blocks: each typed array of its own costs a buffer object and an
 * allocation outside the heap on top of its bytes (about 200 bytes, as much as a signature's half),
 * and even a view of a block about 100. Blocks are never freed: what is stored lives as long as
 * the arena (one import).
 */
export class Uint32Arena {
  private block = new Uint32Array(0);
  private used = 0;

  /** Copies the arrays one after the other into a block; returns the block and where they start. */
  store(...values: Uint32Array[]): { block: Uint32Array; at: number } {
    const length = values.reduce((n, v) => n + v.length, 0);
    if (length > this.block.length - this.used) {
      this.block = new Uint32Array(Math.max(BLOCK, length));
      this.used = 0;
    }
    const at = this.used;
    for (const v of values) {
      this.block.set(v, this.used);
      this.used += v.length;
    }
    return { block: this.block, at };
  }
}

/**
 * One copy of each distinct string: a record's institution, country, region and topic labels repeat
 * all through an export, and a string cut from a larger one (a field of a line) would keep that alive.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(value: string): string {
    let kept = this.strings.get(value);
    if (kept === undefined) {
      kept = detached(value);
      this.strings.set(kept, kept);
    }
    return kept;
  }
}

/**
 * A copy of a string that does not keep a larger one alive: V8 makes a slice of a long string (a
 * derived title, a field cut from a line) a view of it. A JSON round trip makes a new flat string
 * (concatenating and slicing, as before, kept three objects: the concatenation, its flat copy and the slice).
 */
export function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

/**
 * A group's topics: `matchKey` -> the first label seen, in the order first seen; the parts of a
 * Map that an import uses, over one array of keys and labels (a Map costs about 300 bytes).
 */
export class TopicLabels implements Iterable<[string, string]> {
  /** Replaced, not pushed to: a pushed array grows to 17 slots, and most practices have one to three topics. */
  private entries: string[] = [];

  get size(): number {
    return this.entries.length / 2;
  }

  has(key: string): boolean {
    return this.index(key) >= 0;
  }

  get(key: string): string | undefined {
    const at = this.index(key);
    return at < 0 ? undefined : this.entries[at + 1];
  }

  /** Adds a key with its label; a key already there keeps its first label. */
  add(key: string, label: string): void {
    if (!this.has(key)) this.entries = this.entries.concat(key, label);
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.entries.length; i += 2) yield this.entries[i]!;
  }

  *values(): IterableIterator<string> {
    for (let i = 1; i < this.entries.length; i += 2) yield this.entries[i]!;
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (let i = 0; i < this.entries.length; i += 2) yield [this.entries[i]!, this.entries[i + 1]!];
  }

  private index(key: string): number {
    for (let i = 0; i < this.entries.length; i += 2) if (this.entries[i] === key) return i;
    return -1;
  }
}
