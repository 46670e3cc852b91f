import { scoreSlots, scoreTerms } from "./bm25";
import { GAP, STOP } from "./phrase";
import { pack } from "./posting";
import { Sequences } from "./sequences";
import { matchQuery } from "./text-query";
import type { ParsedQuery } from "./websearch";

/** A field of a document and its weight (PostgreSQL's setweight A, B, C as 1.0, 0.4, 0.2 → 5, 2, 1). */
export interface Field {
  terms: Array<string | null>;
  /** An integer: frequencies are packed as integers (posting.ts). */
  weight: number;
}

/**
 * The inverted index: for each term, the sorted document slots holding it and, packed in one
 * number per posting (posting.ts), the term's weighted frequency there and where it first occurs,
 * in growable typed arrays (a slot is never reused, so appending keeps postings sorted; a removed
 * slot is only marked dead). Each slot also keeps its term ids by position, to check phrases and
 * to find a snippet's words. Matching is in text-query.ts, ranking (BM25) in bm25.ts.
 */
export class TextIndex {
  private readonly ids = new Map<string, number>();
  private docs: Int32Array[] = [];
  private packed: Int32Array[] = [];
  private lengths: number[] = [];
  /** Each slot's term ids by position (phrases, snippets). */
  readonly sequences = new Sequences();
  /** Each slot's length, the sum of its words' weights (BM25 normalises by it). */
  readonly docLength: number[] = [];
  alive = new Uint8Array(1024);
  // Per term id while a slot is added: its weighted frequency, where it first occurs, whether again.
  private weights = new Float64Array(1024);
  private firsts: Int32Array = new Int32Array(1024);
  private agains = new Uint8Array(1024);
  liveCount = 0;
  /** Whether a slot was ever removed: postings then hold dead slots, which a match drops. */
  removed = 0;
  private totalLength = 0;

  /** Indexes the fields of a new slot (slots must come in increasing order). */
  add(slot: number, fields: Field[]): void {
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
        const id = this.ids.get(term) ?? this.newTerm(term);
        if (this.weights[id] === 0) {
          touched.push(id);
          this.firsts[id] = sequence.length;
        } else this.agains[id] = 1;
        sequence.push(id);
        this.weights[id]! += field.weight;
        length += field.weight;
      }
    }
    for (const id of touched) {
      const packed = pack(this.weights[id]!, this.firsts[id]!, this.agains[id] === 1);
      this.weights[id] = 0;
      this.agains[id] = 0;
      let n = this.lengths[id]!;
      if (n === this.docs[id]!.length) {
        this.docs[id] = grown(this.docs[id]!, n * 2);
        this.packed[id] = grown(this.packed[id]!, n * 2);
      }
      this.docs[id]![n] = slot;
      this.packed[id]![n] = packed;
      this.lengths[id] = ++n;
    }
    this.sequences.add(slot, sequence);
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

  private newTerm(term: string): number {
    const id = this.ids.size;
    this.ids.set(term, id);
    this.docs.push(new Int32Array(4));
    this.packed.push(new Int32Array(4));
    this.lengths.push(0);
    if (id >= this.weights.length) {
      const size = this.weights.length * 2;
      const weights = new Float64Array(size);
      weights.set(this.weights);
      this.weights = weights;
      this.firsts = grown(this.firsts, size);
      const agains = new Uint8Array(size);
      agains.set(this.agains);
      this.agains = agains;
    }
    return id;
  }

  /** Takes a slot out of every answer (its postings stay until the next rebuild). */
  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = 0;
    this.removed++;
    this.sequences.remove(slot, this.alive);
    this.liveCount--;
    this.totalLength -= this.docLength[slot]!;
  }

  /** Shrinks every postings array and the sequences to their length, after the bulk load. */
  compact(): void {
    this.sequences.repack(this.alive);
    for (let id = 0; id < this.docs.length; id++) {
      this.docs[id] = this.docs[id]!.slice(0, this.lengths[id]);
      this.packed[id] = this.packed[id]!.slice(0, this.lengths[id]);
    }
  }

  /** A term's id, or undefined when no indexed text has it. */
  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** A term's postings: the slots holding it, sorted (dead ones included), and their packed numbers (posting.ts). */
  postings(id: number): { docs: Int32Array; packed: Int32Array } {
    const n = this.lengths[id]!;
    return { docs: this.docs[id]!.subarray(0, n), packed: this.packed[id]!.subarray(0, n) };
  }

  /** A slot's term ids by position (GAP between fields, STOP for a stop word); undefined once removed. */
  sequence(slot: number): Int32Array | undefined {
    return this.alive[slot] === 1 ? this.sequences.of(slot) : undefined;
  }

  /** The term ids of a slot's field (by its index among the fields given to `add`), by position; STOP for a stop word. */
  fieldTerms(slot: number, field: number): Int32Array | undefined {
    const seq = this.sequence(slot);
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

  /** The average slot length (BM25's normalisation). */
  get averageLength(): number {
    return this.liveCount ? this.totalLength / this.liveCount : 1;
  }

  /** The distinct term ids of a slot's text. */
  slotTerms(slot: number): number[] {
    const seq = this.sequence(slot);
    if (!seq) return [];
    return [...new Set(seq)].filter((id) => id >= 0);
  }

  get terms(): number {
    return this.ids.size;
  }

  /** The live slots matching a query, sorted. */
  match(query: ParsedQuery): Int32Array {
    return matchQuery(this, query);
  }

  /** BM25 of every live slot holding any of these term ids, added into `into` by slot; returns the slots touched. */
  scoreTerms(ids: number[], into: Float32Array): number[] {
    return scoreTerms(this, ids, into);
  }

  /** BM25 of each slot (sorted, live) for the terms; terms absent from the index add nothing. */
  scores(slots: Int32Array, terms: string[]): Float32Array {
    return scoreSlots(this, slots, terms);
  }
}

/** A copy of `array` in a new one of `size` (growing an array of postings). */
function grown(array: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
