// A posting's second number: the term's weighted frequency in the slot, and where the term first
// occurs there, packed into one Int32 (what the frequency alone took as a Float32 before), so a
// phrase is checked at the first occurrence of its rarest word without scanning the slot's text.

/** Bits below the frequency: the first position (FIRST_BITS) and whether the term occurs again (1). */
const FIRST_BITS = 9;
const LOW_BITS = FIRST_BITS + 1;
/** The first position when it is this far or further: unknown, the phrase check scans the text. */
export const FAR = (1 << FIRST_BITS) - 1;
/**
 * The largest frequency kept: 2^21 - 1 weighted occurrences, a summary of millions of words (the
 * admin caps one at 20,000 characters). Beyond it BM25 has long saturated (tf / (tf + k) ≈ 1).
 */
const MAX_FREQUENCY = (1 << (31 - LOW_BITS)) - 1;

/** A posting's packed number; `frequency` is an integer (the fields' weights are). */
export function pack(frequency: number, first: number, again: boolean): number {
  return (Math.min(frequency, MAX_FREQUENCY) << LOW_BITS) | (Math.min(first, FAR) << 1) | (again ? 1 : 0);
}

/** The weighted frequency of a packed posting. */
export function frequency(packed: number): number {
  return packed >>> LOW_BITS;
}

/** Where the term first occurs in the slot's term ids (FAR: unknown, that far or further). */
export function firstAt(packed: number): number {
  return (packed >>> 1) & FAR;
}

/** Whether the term occurs more than once in the slot. */
export function occursAgain(packed: number): boolean {
  return (packed & 1) === 1;
}
