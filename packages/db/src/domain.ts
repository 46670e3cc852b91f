// Facts of the domain that the schema, search, curation, ingest and both apps share, defined once here.

/**
 * The distinctions of the ISSA Good Practice Award, highest first: the value stored in the database,
 * the slug in public URLs, and the name ISSA gives it.
 */
export const distinctions = [
  { value: "good_practice_award", slug: "good-practice-award", name: "Good Practice Award winner" },
  {
    value: "certificate_of_merit_special_mention",
    slug: "certificate-of-merit-special-mention",
    name: "Certificate of Merit with Special Mention",
  },
  { value: "certificate_of_merit", slug: "certificate-of-merit", name: "Certificate of Merit" },
  { value: "attestation", slug: "attestation", name: "Attestation" },
  {
    value: "special_distinction_innovation",
    slug: "special-distinction-innovation",
    name: "Special Distinction for Innovation",
  },
] as const;

export type AwardDistinction = (typeof distinctions)[number]["value"];
export type DistinctionSlug = (typeof distinctions)[number]["slug"];

type NonEmpty<T> = readonly [T, ...T[]];
// The list above is not empty, so its values and slugs are non-empty tuples (what pgEnum and z.enum want).
/** The stored values, highest first. */
export const awardDistinctions = distinctions.map((d) => d.value) as unknown as NonEmpty<AwardDistinction>;
/** The URL slugs, highest first. */
export const distinctionSlugs = distinctions.map((d) => d.slug) as unknown as NonEmpty<DistinctionSlug>;

/** The name ISSA gives a stored distinction; null for none. */
export function distinctionName(value: string | null): string | null {
  return distinctions.find((d) => d.value === value)?.name ?? null;
}
