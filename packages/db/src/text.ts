/** Letters with their accents removed, lower-cased: "Côte d'Ivoire" -> "cote d'ivoire". */
export function foldAccents(value: string): string {
  // ASCII has nothing to decompose or strip (an import folds every summary: this is its common case).
  if (!/[\u0080-\uffff]/.test(value)) return value.toLowerCase();
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** URL slug of a name: "Error, evasion and fraud" -> "error-evasion-and-fraud", whole words only. */
export function slugify(value: string, maxLength = 80): string {
  const slug = foldAccents(value)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  // Cut at the last word boundary that fits, so a slug never ends in half a word ("…-ena");
  // only a first word longer than the limit is cut inside.
  const boundary = slug.lastIndexOf("-", maxLength);
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, maxLength);
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

/**
 * A title for a practice that has none yet: the summary's first sentence, cut at a word boundary.
 * Pages show it marked as derived until an editor sets a real title.
 */
export function derivedTitle(summary: string, maxLength = 90): string {
  const firstLine =
    summary
      .replace(/\u00a0/g, " ")
      .trim()
      .split(/\n/)[0] ?? "";
  const sentence = (firstLine.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? firstLine).replace(/^[•\-*\s]+/, "").trim();
  if (sentence.length <= maxLength) return sentence.replace(/[.!?]$/, "");
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), maxLength / 2)).replace(/[\s,;:–-]+$/, "")}…`;
}

/** A new practice's public slug: its (derived) title and a short stable suffix, e.g. "dobry-start-3f9a2c". */
export function practiceSlug(title: string, seed: string): string {
  const base = slugify(title, 60) || "practice";
  return `${base}-${seed
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()
    .slice(0, 6)}`;
}
