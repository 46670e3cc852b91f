/** Letters with their accents removed, lower-cased: "Côte d'Ivoire" -> "cote d'ivoire". */
export function foldAccents(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** URL slug of a name: "Error, evasion and fraud" -> "error-evasion-and-fraud". */
export function slugify(value: string, maxLength = 80): string {
  const slug = foldAccents(value)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

/**
 * Key for matching reference names: accents, case and punctuation folded, so that
 * "Iran (Islamic Republic of)" and "Iran, Islamic Republic of" meet.
 */
export function matchKey(value: string): string {
  return foldAccents(value)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The words of a text as the search vocabulary counts them: accent-folded, lower-cased, letters
 * only, 3 to 30 long, each once. The public search tokenises a query the same way for "did you mean".
 */
export function vocabularyWords(value: string): string[] {
  const words = new Set<string>();
  for (const word of foldAccents(value).split(/[^a-z]+/)) {
    if (word.length >= 3 && word.length <= 30) words.add(word);
  }
  return [...words];
}
