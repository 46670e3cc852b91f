import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { matchKey } from "../text";
import { referenceCountries } from "./countries";
import { issaRegions } from "./regions";

/**
 * Upserts the regions, countries and country aliases. Idempotent: rows already right are not
 * rewritten, so running it on every start costs a few reads.
 */
export async function seedReferenceData(db: Db): Promise<void> {
  await db.execute(sql`
    insert into regions (slug, name)
    select * from unnest(${sql.param(issaRegions.map((r) => r.slug))}::text[], ${sql.param(issaRegions.map((r) => r.name))}::text[])
    on conflict (slug) do update set name = excluded.name where regions.name is distinct from excluded.name`);

  const c = referenceCountries;
  await db.execute(sql`
    insert into countries (code, alpha3, numeric, name, slug, region_id)
    select v.code, v.alpha3, v.numeric, v.name, v.slug, r.id
    from unnest(
      ${sql.param(c.map((x) => x.code))}::text[], ${sql.param(c.map((x) => x.alpha3))}::text[],
      ${sql.param(c.map((x) => x.numeric))}::text[], ${sql.param(c.map((x) => x.name))}::text[],
      ${sql.param(c.map((x) => x.slug))}::text[], ${sql.param(c.map((x) => x.region))}::text[]
    ) as v(code, alpha3, numeric, name, slug, region)
    join regions r on r.slug = v.region
    on conflict (code) do update set
      alpha3 = excluded.alpha3, numeric = excluded.numeric, name = excluded.name,
      slug = excluded.slug, region_id = excluded.region_id
    where (countries.alpha3, countries.numeric, countries.name, countries.slug, countries.region_id)
      is distinct from (excluded.alpha3, excluded.numeric, excluded.name, excluded.slug, excluded.region_id)`);

  // First spelling wins a key: a country's own names come before other countries' variants.
  const byKey = new Map<string, { code: string; alias: string }>();
  for (const country of c) {
    for (const alias of country.aliases) {
      const key = matchKey(alias);
      if (key && !byKey.has(key)) byKey.set(key, { code: country.code, alias });
    }
  }
  const keys = [...byKey.keys()];
  const entries = [...byKey.values()];
  await db.execute(sql`
    insert into country_aliases (country_id, alias, key)
    select co.id, v.alias, v.key
    from unnest(${sql.param(entries.map((e) => e.code))}::text[], ${sql.param(entries.map((e) => e.alias))}::text[], ${sql.param(keys)}::text[])
      as v(code, alias, key)
    join countries co on co.code = v.code
    on conflict (key) do nothing`);
}
