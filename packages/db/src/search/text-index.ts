import { GAP, hasPhrase, STOP } from "./phrase";
import { difference, intersect, union } from "./sorted-sets";
import type { Operand, ParsedQuery } from "./websearch";

/** A field of a document and its weight (PostgreSQL's setweight A, B, C as 1.0, 0.4, 0.2 → 5, 2, 1). */
export interface Field {
  terms: Array<string | null>;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * The inverted index: for each term, the sorted document slots holding it and the term's weighted
 * frequency there, in growable typed arrays (a slot is never reused, so appending keeps postings
 * sorted; a removed slot is only marked dead). Each slot also keeps its term ids by position, to
 * check phrases. Ranking is BM25 over the weighted frequencies.
 */
export class TextIndex {
  private readonly ids = new Map<string, number>();
  private docs: Int32Array[] = [];
  private tfs: Float32Array[] = [];
  private lengths: number[] = [];
  private readonly positions: Array<Int32Array | undefined> = [];
  private readonly docLength: number[] = [];
  alive = new Uint8Array(1024);
  private scratch = new Float64Array(1024);
  private liveCount = 0;
  private removed = 0;
  private totalLength = 0;

  /** Indexes the fields of a new slot (slots must come in increasing order). */
  add(slot: number, fields: Field[]): void {
    // The weighted frequency of each term of this document, by term id (reset after use).
    const touched: number[] = [];
    const sequence: number[] = [];
    let length = 0;
    for (const [index, field] of fields.entries()) {
      // A gap before every field but the first, even after an empty one, so fields keep their order.
      if (index > 0) sequence.push(GAP);
      for (const term of field.terms) {
        if (term === null) {
          sequence.push(STOP);
          continue;
        }
        let id = this.ids.get(term);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(term, id);
          this.docs.push(new Int32Array(4));
          this.tfs.push(new Float32Array(4));
          this.lengths.push(0);
          if (id >= this.scratch.length) {
            const scratch = new Float64Array(this.scratch.length * 2);
            scratch.set(this.scratch);
            this.scratch = scratch;
          }
        }
        sequence.push(id);
        if (this.scratch[id] === 0) touched.push(id);
        this.scratch[id]! += field.weight;
        length += field.weight;
      }
    }
    for (const id of touched) {
      const weight = this.scratch[id]!;
      this.scratch[id] = 0;
      let n = this.lengths[id]!;
      if (n === this.docs[id]!.length) {
        const docs = new Int32Array(n * 2);
        docs.set(this.docs[id]!);
        this.docs[id] = docs;
        const tfs = new Float32Array(n * 2);
        tfs.set(this.tfs[id]!);
        this.tfs[id] = tfs;
      }
      this.docs[id]![n] = slot;
      this.tfs[id]![n] = weight;
      this.lengths[id] = ++n;
    }
    this.positions[slot] = Int32Array.from(sequence);
    this.docLength[slot] = length;
    if (slot >= this.alive.length) {
      const alive = new Uint8Array(Math.max(slot + 1, this.alive.length * 2));
      alive.set(this.alive);
      this.alive = alive;
    }
    this.alive[slot] = 1;
    this.liveCount++;
    this.totalLength += length;
  }

  /** Takes a slot out of every answer (its postings stay until the next rebuild). */
  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    this.removed++;
    this.positions[slot] = undefined;
    this.liveCount--;
    this.totalLength -= this.docLength[slot]!;
  }

  /** Shrinks every postings array to its length, after the bulk load. */
  compact(): void {
    for (let id = 0; id < this.docs.length; id++) {
      this.docs[id] = this.docs[id]!.slice(0, this.lengths[id]);
      this.tfs[id] = this.tfs[id]!.slice(0, this.lengths[id]);
    }
  }

  /** A term's id, or undefined when no indexed text has it. */
  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term ids of a slot's field (by its index among the fields given to `add`), by position; STOP for a stop word. */
  fieldTerms(slot: number, field: number): Int32Array | undefined {
    const seq = this.positions[slot];
    if (!seq) return undefined;
    let start = 0;
    for (let f = 0; f < field; f++) {
      const gap = seq.indexOf(GAP, start);
      if (gap === -1) return undefined;
      start = gap + 1;
    }
    const end = seq.indexOf(GAP, start);
    return seq.subarray(start, end === -1 ? seq.length : end);
  }

  /** How many slots hold a term (removed ones included until the next rebuild). */
  documentCount(id: number): number {
    return this.lengths[id]!;
  }

  /** BM25 of every live slot holding any of these term ids, added into `into` by slot; returns the slots touched. */
  scoreTerms(ids: number[], into: Float32Array): number[] {
    const touched: number[] = [];
    const average = this.liveCount ? this.totalLength / this.liveCount : 1;
    for (const id of ids) {
      const [docs, tfs, n] = [this.docs[id]!, this.tfs[id]!, this.lengths[id]!];
      const idf = Math.log(1 + (this.liveCount - n + 0.5) / (n + 0.5));
      for (let j = 0; j < n; j++) {
        const slot = docs[j]!;
        if (this.alive[slot] !== 1) continue;
        if (into[slot] === 0) touched.push(slot);
        const tf = tfs[j]!;
        into[slot]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.docLength[slot]!) / average));
      }
    }
    return touched;
  }

  /** The distinct term ids of a slot's text. */
  slotTerms(slot: number): number[] {
    const seq = this.positions[slot];
    if (!seq) return [];
    return [...new Set(seq)].filter((id) => id >= 0);
  }

  get terms(): number {
    return this.ids.size;
  }

  /** The live slots matching a query, sorted. */
  match(query: ParsedQuery): Int32Array {
    let out: Int32Array | null = null;
    for (const group of query.groups) {
      const slots = this.matchGroup(group);
      out = out ? union(out, slots) : slots;
    }
    return out ?? new Int32Array(0);
  }

  private postings(term: string | null): Int32Array {
    const id = term === null ? undefined : this.ids.get(term);
    return id === undefined ? new Int32Array(0) : this.docs[id]!.subarray(0, this.lengths[id]);
  }

  private operandSlots(operand: Operand): Int32Array {
    const lists = [...new Set(operand.terms.filter((t) => t !== null))]
      .map((t) => this.postings(t))
      .sort((a, b) => a.length - b.length);
    let slots = lists[0]!;
    for (const list of lists.slice(1)) slots = intersect(slots, list);
    if (operand.terms.length === 1) return slots;
    const ids = operand.terms.map((t) => (t === null ? STOP : this.ids.get(t)!));
    // A loop, not TypedArray.filter: its callback per candidate showed in profiles of common phrases.
    const out = new Int32Array(slots.length);
    let n = 0;
    for (let i = 0; i < slots.length; i++) if (hasPhrase(this.positions[slots[i]!], ids)) out[n++] = slots[i]!;
    return out.subarray(0, n);
  }

  private matchGroup(group: Operand[]): Int32Array {
    const positive = group.filter((o) => !o.negated).map((o) => this.operandSlots(o));
    positive.sort((a, b) => a.length - b.length);
    let slots: Int32Array;
    if (positive.length === 0) {
      slots = new Int32Array(this.liveCount);
      let n = 0;
      for (let slot = 0; slot < this.alive.length; slot++) if (this.alive[slot]) slots[n++] = slot;
    } else {
      slots = positive[0]!;
      for (const list of positive.slice(1)) slots = intersect(slots, list);
      // Postings keep removed slots until the next rebuild: drop them (nothing to drop after a fresh build).
      if (this.removed > 0) {
        const alive = this.alive;
        const kept = new Int32Array(slots.length);
        let n = 0;
        for (let i = 0; i < slots.length; i++) if (alive[slots[i]!] === 1) kept[n++] = slots[i]!;
        slots = kept.subarray(0, n);
      }
    }
    for (const operand of group.filter((o) => o.negated)) slots = difference(slots, this.operandSlots(operand));
    return slots;
  }

  /** BM25 of each slot (sorted, live) for the terms; terms absent from the index add nothing. */
  scores(slots: Int32Array, terms: string[]): Float32Array {
    const out = new Float32Array(slots.length);
    const average = this.liveCount ? this.totalLength / this.liveCount : 1;
    for (const term of terms) {
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const [docs, tfs, docLength] = [this.docs[id]!, this.tfs[id]!, this.docLength];
      const n = this.lengths[id]!;
      const idf = Math.log(1 + (this.liveCount - n + 0.5) / (n + 0.5));
      // Both lists are sorted: one merge walk.
      for (let i = 0, j = 0; i < slots.length && j < n;) {
        const a = slots[i]!;
        const b = docs[j]!;
        if (a < b) i++;
        else if (a > b) j++;
        else {
          const tf = tfs[j]!;
          out[i]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * docLength[a]!) / average));
          i++;
          j++;
        }
      }
    }
    return out;
  }
}
