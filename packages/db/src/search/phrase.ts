// Phrases, checked on a slot's term ids by position (text-index.ts keeps them).

/** Between fields in the position list, so a phrase never spans two fields. */
export const GAP = -2;
/** A stop word's place in the position list (it keeps its position, as in PostgreSQL). */
export const STOP = -1;

/**
 * Whether the term ids `ids` (STOP for a stop word in the phrase) occur in this order in a slot's
 * term ids, `seq[from .. from + size]` (see sequences.ts); positions below count from `from`.
 * `anchor` is the index in `ids` of a word (not STOP) looked for first; `first` (when known, with
 * `again`) is where that word first occurs in `seq` and whether it occurs again, from its posting:
 * most slots are then decided by one comparison at that place, without scanning `seq`.
 */
export function hasPhrase(
  seq: Int32Array,
  from: number,
  size: number,
  ids: number[],
  anchor: number,
  first: number,
  again: boolean,
): boolean {
  const word = ids[anchor]!;
  // The last place the anchor word can stand with the whole phrase in the slot.
  const last = size - ids.length + anchor;
  let at = anchor;
  if (first >= 0) {
    if (first >= anchor && first <= last && phraseAt(seq, from + first - anchor, ids)) return true;
    if (!again) return false;
    at = Math.max(anchor, first + 1);
  }
  // A loop, not indexOf: a typed array's indexOf is a call into C++ each time, which cost more
  // than scanning the few hundred term ids of a slot.
  for (; at <= last; at++) if (seq[from + at] === word && phraseAt(seq, from + at - anchor, ids)) return true;
  return false;
}

/** Whether the phrase occurs in `seq` from `start` (which leaves room for all of it). */
function phraseAt(seq: Int32Array, start: number, ids: number[]): boolean {
  for (let k = 0; k < ids.length; k++) {
    const want = ids[k]!;
    // A stop word in the phrase stands for any one word (PostgreSQL: 'a' <2> 'b'), not a field gap.
    if (want === STOP ? seq[start + k] === GAP : seq[start + k] !== want) return false;
  }
  return true;
}
