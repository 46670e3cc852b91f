import { takenSlugs as takenInDb } from "@gp/db/imports";
import { practiceSlug, slugify } from "@gp/db/text";
import type { SerialExecutor } from "./executor";

type SluggedTable = Parameters<typeof takenInDb>[1];

/**
 * Unique slugs for new rows: each row offers its preferred slugs in order; the first free one wins,
 * else the last gets a number. One query for all rows' choices.
 */
export async function uniqueSlugs(db: SerialExecutor, table: SluggedTable, choices: string[][]): Promise<string[]> {
  const takenSlugs = (slugs: string[]) => takenInDb(db.asDb(), table, slugs);
  // Every choice of every row, not only first choices: two rows wanting the same first slug push the
  // second onto its next choice, which the table may hold.
  const taken = await takenSlugs(choices.flat());
  const result: string[] = [];
  for (const options of choices) {
    let slug = options.find((option) => !taken.has(option));
    // Every choice taken (rare): number the last one, asking the table about the numbers too.
    for (let n = 2; slug === undefined; n += 10) {
      const numbered = Array.from({ length: 10 }, (_, i) => `${options[options.length - 1]}-${n + i}`);
      for (const used of await takenSlugs(numbered)) taken.add(used);
      slug = numbered.find((option) => !taken.has(option));
    }
    taken.add(slug);
    result.push(slug);
  }
  return result;
}

/** A practice's slug choices: its title and a fingerprint suffix, then other parts of the fingerprint. */
export function practiceSlugChoices(title: string, fingerprint: string): string[] {
  return [0, 6, 12, 18].map((at) => practiceSlug(title, fingerprint.slice(at)));
}

/** An institution's: its name, then its name and country code. */
export function institutionSlugChoices(name: string, countryCode: string): string[] {
  const base = slugify(name) || "institution";
  return [base, `${base}-${countryCode.toLowerCase()}`];
}

export function topicSlugChoices(label: string): string[] {
  return [slugify(label) || "topic"];
}
