import { issaRegions } from "@gp/db/reference";
import { matchKey } from "@gp/db/text";
import type { Executor } from "./engine/executor";
import { sql } from "drizzle-orm";

export interface CountryRef {
  id: number;
  code: string;
  name: string;
  regionSlug: string;
}

/** The countries and regions an import may name, keyed by `matchKey` of every known spelling. */
export interface Reference {
  countryByKey: Map<string, CountryRef>;
  /** Region slug by spelling ("Asia and Pacific", "The Americas", …). */
  regionByKey: Map<string, string>;
  regionName: Map<string, string>;
}

/** Loads the reference data the database holds (upserted on migrate); imports never add to it. */
export async function loadReference(db: Executor): Promise<Reference> {
  const rows = await db.execute<{
    key: string | null;
    id: number;
    code: string;
    alpha3: string;
    name: string;
    region: string;
  }>(sql`
    select a.key, c.id, c.code, c.alpha3, c.name, r.slug as region
    from countries c join regions r on r.id = c.region_id
    left join country_aliases a on a.country_id = c.id`);
  const countryByKey = new Map<string, CountryRef>();
  const own = new Map<string, CountryRef>();
  for (const row of rows) {
    const country = own.get(row.code) ?? { id: row.id, code: row.code, name: row.name, regionSlug: row.region };
    own.set(row.code, country);
    if (row.key) countryByKey.set(row.key, country);
  }
  // A country's own name and codes, where no alias already claims the spelling.
  for (const country of own.values()) {
    for (const spelling of [country.name, country.code]) {
      const key = matchKey(spelling);
      if (key && !countryByKey.has(key)) countryByKey.set(key, country);
    }
  }
  for (const row of rows) {
    const key = matchKey(row.alpha3);
    if (!countryByKey.has(key)) countryByKey.set(key, own.get(row.code)!);
  }

  const regionByKey = new Map<string, string>();
  const regionName = new Map<string, string>();
  for (const region of issaRegions) {
    regionName.set(region.slug, region.name);
    for (const spelling of [region.name, region.slug, ...region.aliases])
      regionByKey.set(matchKey(spelling), region.slug);
  }
  return { countryByKey, regionByKey, regionName };
}
