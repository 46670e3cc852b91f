import crypto from "node:crypto";
import { matchKey } from "@gp/db/text";
import { normaliseForMatch } from "./normalise";

export interface FingerprintParts {
  institution: string;
  /** ISO 3166 alpha-2 code, so that "Türkiye" and "Turkey" give one fingerprint. */
  countryCode: string;
  implementationYear: number | null;
  awardYear: number | null;
  summary: string;
}

/**
 * The identity of a record for exact duplicates: sha256 of its institution (accent-, case- and
 * punctuation-folded), country code, years and normalised summary. Stable under whitespace, NBSP,
 * curly quotes, dashes and case; any change of wording gives a new fingerprint.
 */
export function fingerprint(parts: FingerprintParts): string {
  return fingerprintOfNormalised(parts, normaliseForMatch(parts.summary));
}

/** The fingerprint, given the summary already normalised (the import normalises each summary once). */
export function fingerprintOfNormalised(parts: Omit<FingerprintParts, "summary">, normalisedSummary: string): string {
  const text = [
    matchKey(parts.institution),
    parts.countryCode.toUpperCase(),
    parts.implementationYear ?? "",
    parts.awardYear ?? "",
    normalisedSummary,
  ].join("\u001f");
  return oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");
}

/**
 * `crypto.hash` (Node 20.12): a digest in one call, about half the CPU of a Hash object for a
 * summary, and every record of an import is fingerprinted. Node 20.9–20.11 lack it.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
