/**
 * Thresholds of the matching rules, measured on the seed listing: its two real near-duplicate pairs
 * score 0.73 and 0.61 in trigram similarity, and no other pair of its 81 practices reaches 0.39.
 */

/** Word edit similarity from which a record with the same institution, country and years is the same practice. */
export const SAME_PRACTICE = 0.85;

/** Trigram similarity (pg_trgm's measure) from which two practices become a duplicate candidate. */
export const CANDIDATE = 0.5;

/** MinHash estimate below which a pair is not worth an exact comparison. */
export const ESTIMATE_FLOOR = 0.1;

/** How candidates are found, as recorded in duplicate_candidates.method. */
export const CANDIDATE_METHOD = "minhash-trigram";
