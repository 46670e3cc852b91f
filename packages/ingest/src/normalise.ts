// Normalisation for matching only: the text shown to people keeps its original form.

/** Non-breaking and other odd spaces (and tabs) that exports contain where a space is meant. */
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Characters that take no room: zero-width spaces and joiners, soft hyphens, stray BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;

/**
 * The form of a text used for fingerprints and comparisons: Unicode NFKC, odd spaces to spaces,
 * curly quotes and dashes folded to ASCII, whitespace collapsed, case folded.
 */
export function normaliseForMatch(value: string): string {
  return value
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** A one-line field as shown (institution, country, topic, title): odd spaces to spaces, collapsed, trimmed. */
export function cleanLine(value: string): string {
  return value.replace(INVISIBLE, "").replace(ODD_SPACES, " ").replace(/\s+/g, " ").trim();
}

/**
 * A summary as shown: line endings unified, trailing spaces cut, paragraphs separated by one blank
 * line. Inner spacing, quotes and bullets stay as the source wrote them.
 */
export function cleanSummary(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
