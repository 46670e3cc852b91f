/**
 * How much of one record an import holds in memory. Every field has a far smaller limit of its own
 * (a summary 100,000 characters), so text cut at this size still fails validation with its field's
 * message, while a 1 GB line never sits in memory whole.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** At most this many topics a record: more is an error, and the parser stops collecting them. */
export const MAX_TOPICS = 100;

/** "1,000,000" for messages. */
export const maxRecordLabel = MAX_RECORD_CHARS.toLocaleString("en-US");
