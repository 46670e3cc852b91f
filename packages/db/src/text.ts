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
