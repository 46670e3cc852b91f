// Normalisation for matching only: the text shown to people keeps its original form.

/** Non-breaking and other odd spaces (and tabs) that exports contain where a space is meant. */
const ODD_SPACES =
  "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
/** Characters that take no room: zero-width spaces and joiners, soft hyphens, stray BOMs. */
const INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff";
const SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4";
const DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb";
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d";

/** Each folded character and what it becomes, applied in one pass. */
const FOLD = new Map<string, string>([
  ...[...ODD_SPACES].map((c) => [c, " "] as const),
  ...[...INVISIBLE].map((c) => [c, ""] as const),
  ...[...SINGLE_QUOTES].map((c) => [c, "'"] as const),
  ...[...DOUBLE_QUOTES].map((c) => [c, '"'] as const),
  ...[...DASHES].map((c) => [c, "-"] as const),
]);
/** A character class of these characters, written as \u escapes (some are joiners). */
const charClass = (chars: Iterable<string>) =>
  new RegExp(`[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");
const FOLDED = charClass(FOLD.keys());
const ODD = charClass(ODD_SPACES);
const INVISIBLES = charClass(INVISIBLE);
/** Anything outside plain ASCII, or the backtick (folded as a quote). */
const NOT_ASCII = /[`\u0080-\uffff]/;

/**
 * The form of a text used for fingerprints and comparisons: Unicode NFKC, odd spaces to spaces,
 * curly quotes and dashes folded to ASCII, whitespace collapsed, case folded.
 */
export function normaliseForMatch(value: string): string {
  // Plain ASCII (most exports) needs neither NFKC nor folding: skip those passes.
  const folded = NOT_ASCII.test(value) ? value.normalize("NFKC").replace(FOLDED, (c) => FOLD.get(c)!) : value;
  return collapseSpaces(folded).toLowerCase();
}

/** A one-line field as shown (institution, country, topic, title): odd spaces to spaces, collapsed, trimmed. */
export function cleanLine(value: string): string {
  const visible = NOT_ASCII.test(value) ? value.replace(INVISIBLES, "").replace(ODD, " ") : value;
  return collapseSpaces(visible);
}

/**
 * Runs of whitespace: two or more, or one that is not a plain space. Only these change when each run
 * becomes one space, so replacing them alone gives what `/\s+/g` gives, without rewriting every single
 * space between words (most of an import's fields and summaries have nothing else to change).
 */
const UNEVEN_SPACE = /\s{2,}|[^\S ]/g;

/** `value.replace(/\s+/g, " ").trim()`: every run of whitespace one space, none at either end. */
export function collapseSpaces(value: string): string {
  const collapsed = value.replace(UNEVEN_SPACE, " ");
  // Its only whitespace now is single plain spaces.
  const last = collapsed.length - 1;
  return collapsed.charCodeAt(0) === 32 || collapsed.charCodeAt(last) === 32 ? collapsed.trim() : collapsed;
}

/**
 * A summary as shown: line endings unified, trailing spaces cut, paragraphs separated by one blank
 * line. Inner spacing, quotes and bullets stay as the source wrote them.
 */
export function cleanSummary(value: string): string {
  // Most summaries have nothing to tidy but their ends: one scan to find out, instead of four.
  return untidy(value) ? tidySummary(value) : value.trim();
}

/**
 * Whether one of `tidySummary`'s replacements would change something: a CR, an invisible, three line
 * breaks, a space, tab or NBSP at the end of a line. Separate tests: one regex with all four
 * alternatives tries each at every character, and costs more than the replacements it saves.
 */
function untidy(value: string): boolean {
  return (
    value.includes("\r") ||
    value.includes("\n\n\n") ||
    INVISIBLE_ONE.test(value) ||
    SPACE_AT_LINE_END.test(value) ||
    SPACE_CHARS.includes(value[value.length - 1] ?? "")
  );
}
const INVISIBLE_ONE = new RegExp(INVISIBLES.source);
const SPACE_CHARS = " \t\u00a0";
/** A space before a line break: `$` with the `m` flag, after `\r` (tested apart), matches before these. */
const SPACE_AT_LINE_END = /[ \t\u00a0][\n\u2028\u2029]/;

/** `cleanSummary` of a summary with something to tidy. */
export function tidySummary(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLES, "")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
