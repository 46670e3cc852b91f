export interface DiffToken {
  text: string;
  /** True when the word is not in the other text's matching sequence. */
  changed: boolean;
}

const MAX_WORDS = 1500;

/**
 * Word-level differences between two texts, for the side-by-side duplicate view: the longest common
 * subsequence of words stays plain, the rest is marked. Whitespace is kept as it was. Texts longer
 * than MAX_WORDS words are compared as wholes (equal or not), to bound the work.
 */
export function wordDiff(a: string, b: string): { a: DiffToken[]; b: DiffToken[] } {
  const split = (text: string) => text.split(/(\s+)/).filter((t) => t !== "");
  const ta = split(a);
  const tb = split(b);
  const wa = ta.filter((t) => !/^\s+$/.test(t));
  const wb = tb.filter((t) => !/^\s+$/.test(t));
  if (wa.length > MAX_WORDS || wb.length > MAX_WORDS) {
    const same = a === b;
    return { a: [{ text: a, changed: !same }], b: [{ text: b, changed: !same }] };
  }
  const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  // lcs[i][j] = length of the LCS of wa[i..] and wb[j..]
  const lcs: number[][] = Array.from({ length: wa.length + 1 }, () => new Array<number>(wb.length + 1).fill(0));
  for (let i = wa.length - 1; i >= 0; i--) {
    for (let j = wb.length - 1; j >= 0; j--) {
      lcs[i]![j] = key(wa[i]!) === key(wb[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const keepA = new Set<number>();
  const keepB = new Set<number>();
  for (let i = 0, j = 0; i < wa.length && j < wb.length;) {
    if (key(wa[i]!) === key(wb[j]!)) {
      keepA.add(i++);
      keepB.add(j++);
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  const mark = (tokens: string[], keep: Set<number>) => {
    let word = -1;
    return tokens.map((text) => (/^\s+$/.test(text) ? { text, changed: false } : { text, changed: !keep.has(++word) }));
  };
  return { a: mark(ta, keepA), b: mark(tb, keepB) };
}
