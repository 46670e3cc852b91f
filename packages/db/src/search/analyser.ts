import snowball from "snowball-stemmers";
import { englishStop, frenchStop, germanStop, spanishStop } from "./stop-words";

/**
 * How the text of one language becomes search terms. Each language gets its own analyser (stop
 * words, Snowball stemmer); a practice's text is analysed with its language's, and a query with
 * the analyser of the language searched: ISSA's four working languages, with PostgreSQL's stop words
 * and Snowball stemmers (the gp_english, gp_french, gp_german and gp_spanish configurations).
 */
export interface Analyser {
  lang: string;
  /**
   * The terms of a text by position: a stemmed term, or null where a stop word stands (it keeps
   * its position, as PostgreSQL's to_tsvector does, so phrases with stop words match the same).
   */
  terms(text: string): Array<string | null>;
  /** One word's term, or null for a stop word or a word without letters or digits. */
  term(word: string): string | null;
}

/** Words as PostgreSQL's parser cuts them for our purposes: runs of letters and digits, accents folded, lower case. */
export function words(text: string): string[] {
  // Most text is ASCII: no accents to fold, and a cheaper pattern.
  if (!/[^\x20-\x7e\s]/.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function snowballAnalyser(lang: string, algorithm: string, stopList: string): Analyser {
  const stemmer = snowball.newStemmer(algorithm);
  const stop = new Set(stopList.split(" "));
  // Stemming is the costly part of building the index; the corpus repeats its words a lot.
  const memo = new Map<string, string | null>();
  const term = (word: string): string | null => {
    let out = memo.get(word);
    if (out !== undefined) return out;
    // Words with digits are kept whole (PostgreSQL maps numbers to its simple dictionary).
    out = stop.has(word) ? null : /\p{N}/u.test(word) ? word : stemmer.stem(word);
    if (memo.size < 500_000) memo.set(word, out);
    return out;
  };
  return { lang, term, terms: (text) => words(text).map(term) };
}

export const analysers = {
  en: snowballAnalyser("en", "english", englishStop),
  fr: snowballAnalyser("fr", "french", frenchStop),
  de: snowballAnalyser("de", "german", germanStop),
  es: snowballAnalyser("es", "spanish", spanishStop),
} as const;
export type Lang = keyof typeof analysers;
