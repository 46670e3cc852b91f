import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { TranslationLanguage } from "../schema";

/** The most rows read at once: a topic tree of a few hundred, four regions, some two hundred countries. */
const LIMIT = 50_000;

/** What the public site needs to name the taxonomy in one language, by slug. */
export interface LocalizedNames {
  /** Topic slug → its name in the language, where editors gave one. */
  topics: Record<string, string>;
  /** Region slug → its name in the language, where editors gave one. */
  regions: Record<string, string>;
  /** Country slug → ISO 3166-1 alpha-2 code, for CLDR's name of the country in the language. */
  countryCodes: Record<string, string>;
}

/** The topic and region names of a language and the countries' codes, in one query. */
export async function localizedNames(db: Db, language: TranslationLanguage): Promise<LocalizedNames> {
  const rows = await db.execute<{ kind: "topic" | "region" | "country"; slug: string; name: string }>(sql`
    select 'topic' as kind, t.slug, x.name from topic_translations x join topics t on t.id = x.topic_id
      where x.language = ${language}
    union all
    select 'region', r.slug, x.name from region_translations x join regions r on r.id = x.region_id
      where x.language = ${language}
    union all
    select 'country', c.slug, c.code from countries c
    limit ${LIMIT}`);
  const names: LocalizedNames = { topics: {}, regions: {}, countryCodes: {} };
  for (const row of rows) {
    if (row.kind === "topic") names.topics[row.slug] = row.name;
    else if (row.kind === "region") names.regions[row.slug] = row.name;
    else names.countryCodes[row.slug] = row.name;
  }
  return names;
}
