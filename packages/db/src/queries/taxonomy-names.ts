import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { type TranslationLanguage, translationLanguages } from "../schema";
import { recordAudit } from "./audit";

/**
 * Topic and region names per language. They live in tables of their own (topic_translations,
 * region_translations), not in columns per language: a missing name is a missing row, found by an
 * anti-join, and a fifth language needs no migration.
 */
export type NamedKind = "topic" | "region";

const tables = {
  topic: { table: sql.raw("topic_translations"), key: sql.raw("topic_id"), source: sql.raw("topics") },
  region: { table: sql.raw("region_translations"), key: sql.raw("region_id"), source: sql.raw("regions") },
} as const;

/** The most names listed at once: a topic tree is a few hundred topics; regions are four. */
const NAMES_LIMIT = 20_000;

export interface TranslatedName {
  id: number;
  language: TranslationLanguage;
  name: string;
}

/** Every translated name of topics (or regions). */
export async function translatedNames(db: Db, kind: NamedKind): Promise<TranslatedName[]> {
  const t = tables[kind];
  const rows = await db.execute<{ id: number; language: TranslationLanguage; name: string }>(sql`
    select ${t.key} as id, language, name from ${t.table} order by ${t.key}, language limit ${NAMES_LIMIT}`);
  return [...rows];
}

/** How many topics (or regions) have no name in each language other than English (their own names are English). */
export async function missingNames(db: Db, kind: NamedKind): Promise<Record<TranslationLanguage, number>> {
  const t = tables[kind];
  const missing = {} as Record<TranslationLanguage, number>;
  for (const language of translationLanguages) {
    if (language === "en") {
      missing.en = 0;
      continue;
    }
    const [row] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from ${t.source} s
      where not exists (select 1 from ${t.table} x where x.${t.key} = s.id and x.language = ${language})`);
    missing[language] = row?.n ?? 0;
  }
  return missing;
}

/**
 * Sets a topic's (or region's) name in a language; an empty name removes it. Recorded in the audit
 * log on the topic (or region). Returns whether anything changed.
 */
export async function setTranslatedName(
  db: Db,
  params: { kind: NamedKind; id: number; language: TranslationLanguage; name: string; actorId: number },
): Promise<boolean> {
  const t = tables[params.kind];
  const name = params.name.trim();
  return db.transaction(async (tx) => {
    const [exists] = await tx.execute(sql`select 1 from ${t.source} where id = ${params.id} for key share`);
    if (!exists) return false;
    const [current] = await tx.execute<{ name: string }>(sql`
      select name from ${t.table} where ${t.key} = ${params.id} and language = ${params.language} for update`);
    if ((current?.name ?? "") === name) return false;
    if (name === "") {
      await tx.execute(sql`delete from ${t.table} where ${t.key} = ${params.id} and language = ${params.language}`);
    } else {
      await tx.execute(sql`
        insert into ${t.table} (${t.key}, language, name) values (${params.id}, ${params.language}, ${name})
        on conflict (${t.key}, language) do update set name = excluded.name, updated_at = now()`);
    }
    await recordAudit(tx, {
      userId: params.actorId,
      action: `${params.kind}.translate`,
      subjectType: params.kind,
      subjectId: params.id,
      before: current ? { language: params.language, name: current.name } : null,
      after: name ? { language: params.language, name } : null,
    });
    return true;
  });
}

/** The regions (four), by name: the names editors translate on the topics page. */
export async function regionList(db: Db): Promise<Array<{ id: number; name: string }>> {
  const rows = await db.execute<{ id: number; name: string }>(
    sql`select id, name from regions order by name limit 100`,
  );
  return [...rows];
}
