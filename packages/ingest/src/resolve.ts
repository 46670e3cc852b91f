import { matchKey } from "@gp/db/text";
import { fingerprint } from "./fingerprint";
import type { ParsedFile } from "./parse";
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
  errors: ImportError[];
  warnings: ImportError[];
}

/**
 * Resolves countries and regions against the reference data and fingerprints each record.
 * An unknown country or region is an error at its line; it never creates a country. A known region
 * that is not the country's own is a warning: the country decides (regions belong to countries).
 */
export function resolveRecords(files: readonly ParsedFile[], reference: Reference): Resolved {
  const records: NormalisedRecord[] = [];
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  files.forEach((file, index) => {
    for (const parsed of file.records) {
      const { record } = parsed;
      const at = { file: file.name, line: parsed.placeLine };
      const country = reference.countryByKey.get(matchKey(record.country));
      if (!country) errors.push({ ...at, field: "country", message: `unknown country “${record.country}”` });
      if (record.region !== null) {
        const region = reference.regionByKey.get(matchKey(record.region));
        if (!region) {
          errors.push({ ...at, field: "region", message: `unknown region “${record.region}”; the ISSA regions are ${[...reference.regionName.values()].join(", ")}` });
        } else if (country && region !== country.regionSlug) {
          warnings.push({
            ...at,
            field: "region",
            message: `${country.name} is in ${reference.regionName.get(country.regionSlug)} in the reference data, not in ${reference.regionName.get(region)}; the reference is kept`,
          });
        }
      }
      if (!country) continue;
      records.push({
        file: index,
        line: parsed.line,
        record,
        country,
        institutionKey: matchKey(record.institution),
        fingerprint: fingerprint({ ...record, countryCode: country.code }),
        topicKeys: record.topics.map(matchKey),
      });
    }
  });
  return { records, errors, warnings };
}
