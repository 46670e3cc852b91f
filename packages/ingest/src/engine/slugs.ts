import { takenSlugs as takenInTable } from "@gp/db/imports";
import { practiceSlug, slugify } from "@gp/db/text";
import type { SerialExecutor } from "./executor";

type SluggedTable = Parameters<typeof takenInTable>[1];

const takenSlugs = (db: SerialExecutor, table: SluggedTable, slugs: string[]) => takenInTable(db.asDb(), table, slugs);

/**
 * Unique slugs for new rows: each row offers its preferred slugs in order; the first free one wins,
 * else the last gets a number. One query for all rows, then a second only for the collisions.
 */
export async function uniqueSlugs(db: SerialExecutor, table: SluggedTable, choices: string[][]): Promise<string[]> {
  const taken = await takenSlugs(
    db,
    table,
    choices.map((c) => c[0]!),
  );
  const wanted = new Map<string, number>();
  for (const c of choices) wanted.set(c[0]!, (wanted.get(c[0]!) ?? 0) + 1);
  const more = choices.filter((c) => taken.has(c[0]!) || wanted.get(c[0]!)! > 1).flatMap((c) => c.slice(1));
  for (const slug of await takenSlugs(db, table, more)) taken.add(slug);
  const result: string[] = [];
  for (const options of choices) {
    let slug = options.find((option) => !taken.has(option));
    // Every choice taken (rare): number the last one, asking the table about the numbers too.
    for (let n = 2; slug === undefined; n += 10) {
      const numbered = Array.from({ length: 10 }, (_, i) => `${options[options.length - 1]}-${n + i}`);
      for (const used of await takenSlugs(db, table, numbered)) taken.add(used);
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
