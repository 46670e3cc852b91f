import snowball from "snowball-stemmers";

/**
 * How the text of one language becomes search terms. Each language gets its own analyser (stop
 * words, Snowball stemmer); a practice's text is analysed with its language's, and a query with
 * the analyser of the language searched. English is the only one the search uses today.
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

// PostgreSQL's english.stop (tsearch_data), so stop words are dropped exactly as before.
const englishStop =
  "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now";

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

export const analysers = { en: snowballAnalyser("en", "english", englishStop) } as const;
export type Lang = keyof typeof analysers;
