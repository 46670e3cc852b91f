import { matchKey } from "@gp/db/text";
import { detached } from "./engine/compact";
import { fingerprintOfNormalised } from "./fingerprint";
import { normaliseForMatch } from "./normalise";
import type { ParsedRecord } from "./parse";
import type { ImportError, ImportRecord } from "./record";
import type { CountryRef, Reference } from "./reference";

/** A valid record with its country resolved and its matching keys computed. */
export interface NormalisedRecord {
  /** Index of its file in the import. */
  file: number;
  line: number;
  record: ImportRecord;
  country: CountryRef;
  /** `matchKey` of the institution: one institution per (country, key). */
  institutionKey: string;
  fingerprint: string;
  /** `matchKey` of each topic label, in the record's order. */
  topicKeys: string[];
}

export interface Resolved {
  records: NormalisedRecord[];
  /** Each record's summary normalised for matching (same order), for its MinHash signature. */
  normalisedSummaries: string[];
  errors: ImportError[];
  warnings: ImportError[];
}

/** matchKey of institution names and topic labels, which repeat all through an export. */
const keyCache = new Map<string, string>();
export function cachedKey(value: string): string {
  let key = keyCache.get(value);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    // Copies: a field is a slice of the text it was read from (a 1 MB chunk of the file), and a cached
    // slice kept that whole chunk alive: tens of MB of a 100k import's file (README, "At scale").
    key = detached(matchKey(value));
    keyCache.set(detached(value), key);
  }
  return key;
}

/**
 * Resolves countries and regions against the reference data and fingerprints each record.
 * An unknown country or region is an error at its line; it never creates a country. A known region
 * that is not the country's own is a warning: the country decides (regions belong to countries).
 */
export function resolveRecords(
  parsed: readonly ParsedRecord[],
  file: { index: number; name: string },
  reference: Reference,
): Resolved {
  const out: Resolved = { records: [], normalisedSummaries: [], errors: [], warnings: [] };
  for (const { record, line, placeLine } of parsed) {
    const at = { file: file.name, line: placeLine };
    const country = reference.countryByKey.get(cachedKey(record.country));
    if (!country) out.errors.push({ ...at, field: "country", message: `unknown country “${record.country}”` });
    if (record.region !== null) {
      const region = reference.regionByKey.get(matchKey(record.region));
      if (!region) {
        out.errors.push({
          ...at,
          field: "region",
          message: `unknown region “${record.region}”; the ISSA regions are ${[...reference.regionName.values()].join(", ")}`,
        });
      } else if (country && region !== country.regionSlug) {
        out.warnings.push({
          ...at,
          field: "region",
          message: `${country.name} is in ${reference.regionName.get(country.regionSlug)} in the reference data, not in ${reference.regionName.get(region)}; the reference is kept`,
        });
      }
    }
    if (!country) continue;
    const summary = normaliseForMatch(record.summary);
    out.records.push({
      file: file.index,
      line,
      record,
      country,
      institutionKey: cachedKey(record.institution),
      fingerprint: fingerprintOfNormalised({ ...record, countryCode: country.code }, summary),
      topicKeys: record.topics.map(cachedKey),
    });
    out.normalisedSummaries.push(summary);
  }
  return out;
}
