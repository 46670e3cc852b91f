/**
 * A growable column of integers by slot. Searches read `data` directly: a typed array keeps the hot
 * loops over hundreds of thousands of matches free of boxed values and bounds on the JS heap.
 */
export class Column {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const data = new Int32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    this.data[this.length++] = value;
  }
}

/** Places per slot in a ListColumn's fixed-width copy. */
export const WIDTH = 8;
/** The largest id the fixed-width copy holds (16 bits, less the places' offset). */
const WIDEST = 0xffff - WIDTH;

/** Lists of ids by slot, flattened: slot s holds `values.data[start.data[s] .. start.data[s] + count.data[s]]`. */
export class ListColumn {
  readonly start = new Column();
  readonly count = new Column();
  readonly values = new Column();
  /**
   * The same lists at a fixed width, for loops over many slots: slot s's ids plus WIDTH in
   * `wide[s * WIDTH ..]`, an unused place k holding k, so a count array with WIDTH spare places
   * in front counts a slot's ids in WIDTH increments and no branch per id (which mispredicted
   * at the end of every list). `long[s]` is 1 when the list does not fit (more than WIDTH ids,
   * or an id above 16 bits): its places are all unused, and the list is read instead.
   */
  wide = new Uint16Array(WIDTH * 1024);
  long = new Uint8Array(1024);

  push(ids: Iterable<number>): void {
    const slot = this.start.length;
    this.start.push(this.values.length);
    let n = 0;
    for (const id of ids) {
      this.values.push(id);
      n++;
    }
    this.count.push(n);
    if (slot === this.long.length) {
      const [wide, long] = [new Uint16Array(this.wide.length * 2), new Uint8Array(this.long.length * 2)];
      wide.set(this.wide);
      long.set(this.long);
      [this.wide, this.long] = [wide, long];
    }
    const list = this.values.data.subarray(this.values.length - n, this.values.length);
    const fits = n <= WIDTH && list.every((id) => id >= 0 && id <= WIDEST);
    this.long[slot] = fits ? 0 : 1;
    for (let k = 0; k < WIDTH; k++) this.wide[slot * WIDTH + k] = fits && k < n ? list[k]! + WIDTH : k;
  }
}

/**
 * Distinct triples of integers, each given a dense id, with each id's values in three columns.
 * Practices share few of them (an institution's country and region; award year, distinction and
 * year of implementation): a search counts or tests a slot's triple id once instead of each value,
 * then goes over the few triples.
 */
export class Triples {
  private readonly ids = new Map<string, number>();
  private readonly parts = [new Column(), new Column(), new Column()] as const;

  /** The id of this triple (a new one the first time it is seen). */
  id(values: [number, number, number]): number {
    const key = values.join(",");
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      this.parts.forEach((part, k) => part.push(values[k]!));
    }
    return id;
  }

  /** Each part's values by triple id (read them again after an id is added: they grow). */
  columns(): [Int32Array, Int32Array, Int32Array] {
    return [this.parts[0].data, this.parts[1].data, this.parts[2].data];
  }

  get size(): number {
    return this.ids.size;
  }
}
