// Phrases, checked on a slot's term ids by position (text-index.ts keeps them).

/** Between fields in the position list, so a phrase never spans two fields. */
export const GAP = -2;
/** A stop word's place in the position list (it keeps its position, as in PostgreSQL). */
export const STOP = -1;

/** Whether the term ids `ids` (STOP for a stop word in the phrase) occur in this order in `seq`. */
export function hasPhrase(seq: Int32Array | undefined, ids: number[]): boolean {
  if (!seq) return false;
  // Jump between occurrences of the phrase's first word (indexOf on a typed array is native).
  const lead = ids.findIndex((id) => id !== STOP);
  if (lead < 0) return false;
  for (let at = seq.indexOf(ids[lead]!, lead); at !== -1; at = seq.indexOf(ids[lead]!, at + 1)) {
    const start = at - lead;
    if (start + ids.length > seq.length) return false;
    let ok = true;
    for (let k = 0; k < ids.length && ok; k++) {
      const want = ids[k]!;
      // A stop word in the phrase stands for any one word (PostgreSQL: 'a' <2> 'b'), not a field gap.
      ok = want === STOP ? seq[start + k] !== GAP : seq[start + k] === want;
    }
    if (ok) return true;
  }
  return false;
}
