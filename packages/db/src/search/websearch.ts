import type { Analyser } from "./analyser";
import { words } from "./analyser";

/**
 * A word or a phrase of the query, maybe excluded. `terms` are consecutive positions: one term is a
 * word, several a phrase; null is a stop word, which still takes a position (as in PostgreSQL).
 */
export interface Operand {
  terms: Array<string | null>;
  negated: boolean;
}

/** websearch syntax as PostgreSQL's websearch_to_tsquery reads it: groups of ANDed operands, ORed together. */
export interface ParsedQuery {
  groups: Operand[][];
}

/**
 * Parses websearch syntax: words (AND), "quoted phrases", -exclusions (also "- word"), and `or`
 * between operands. A word with inner punctuation ("long-term") is a phrase of its parts. Operands
 * of stop words only are dropped, then empty groups; no group left means nothing to search for.
 */
export function parseWebsearch(q: string, analyser: Analyser): ParsedQuery {
  const groups: Operand[][] = [[]];
  let negate = false;
  const push = (text: string) => {
    const terms = words(text).map((w) => analyser.term(w));
    while (terms.length && terms[0] === null) terms.shift();
    while (terms.length && terms[terms.length - 1] === null) terms.pop();
    if (terms.length) groups[groups.length - 1]!.push({ terms, negated: negate });
    negate = false;
  };
  // Quoted parts (an unclosed quote runs to the end) and whitespace-separated chunks.
  for (const match of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    if (match[1] !== undefined) {
      push(match[1]);
      continue;
    }
    let chunk = match[0];
    if (/^or$/i.test(chunk)) {
      if (groups[groups.length - 1]!.length) groups.push([]);
      negate = false;
      continue;
    }
    if (chunk.startsWith("-")) {
      negate = true;
      chunk = chunk.replace(/^-+/, "");
      if (!chunk) continue;
    }
    push(chunk);
  }
  return { groups: groups.filter((g) => g.length > 0) };
}

/** The terms a matching document may contain (not those excluded), for ranking and highlighting. */
export function positiveTerms(query: ParsedQuery): string[] {
  const out = new Set<string>();
  for (const group of query.groups)
    for (const operand of group) if (!operand.negated) for (const t of operand.terms) if (t) out.add(t);
  return [...out];
}
