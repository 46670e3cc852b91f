import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { foldAccents, vocabularyWords } from "../text";

/** websearch_to_tsquery's operator word, never corrected. */
const OPERATORS = new Set(["or"]);

/**
 * A spelling correction of a query from the search vocabulary (trigram similarity), or null when
 * every word is known or nothing close is. Words after "-" (exclusions) are left alone. The caller
 * checks that the suggestion finds something before offering it.
 */
export async function suggestQuery(db: Db, q: string): Promise<string | null> {
  const tokens = [...q.matchAll(/(-?)([\p{L}\p{M}]+)/gu)].map((m) => ({
    text: m[2]!,
    index: m.index + m[1]!.length,
    excluded: m[1] === "-",
    // Tokenised as the vocabulary is: accent-folded, letters only.
    word: vocabularyWords(m[2]!)[0] ?? null,
  }));
  const words = [...new Set(tokens.filter((t) => !t.excluded && t.word && !OPERATORS.has(t.word)).map((t) => t.word!))];
  if (words.length === 0) return null;

  const rows = await db.execute<{ word: string; term: string }>(sql`
    select w.word, s.term
    from unnest(${sql.param(words)}::text[]) as w(word)
    cross join lateral (
      select term from search_terms
      where term % w.word
      order by similarity(term, w.word) desc, documents desc, term
      limit 1
    ) s
    where not exists (select 1 from search_terms known where known.term = w.word)`);
  if (rows.length === 0) return null;
  const fixes = new Map(rows.map((r) => [r.word, r.term]));

  // Rebuild the query, replacing corrected words in place so quotes and operators survive.
  let out = "";
  let at = 0;
  for (const token of tokens) {
    const fix = token.word && !token.excluded ? fixes.get(token.word) : undefined;
    if (!fix) continue;
    out += q.slice(at, token.index) + matchCase(token.text, fix);
    at = token.index + token.text.length;
  }
  out += q.slice(at);
  return out === q ? null : out;
}

/** The correction written like the typed word: "Pensoin" → "Pension". */
function matchCase(typed: string, fix: string): string {
  const isUpper = (text: string) => text === text.toUpperCase() && text !== foldAccents(text);
  if (typed.length > 1 && isUpper(typed)) return fix.toUpperCase();
  if (isUpper(typed[0]!)) return fix[0]!.toUpperCase() + fix.slice(1);
  return fix;
}
