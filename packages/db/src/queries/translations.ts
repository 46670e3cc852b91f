import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { practices, practiceTranslations, type TranslationLanguage } from "../schema";
import { CurationError } from "./practice-snapshot";
import {
  lockOriginal,
  readTranslation,
  sameState,
  storedColumns,
  type StoredTranslation,
  type TranslationState,
  writeTranslation,
} from "./translation-writes";

/**
 * The outdated rule: a translation is outdated when the original's title or summary is no longer
 * the one it was made from (other edits of the original, e.g. its topics, do not outdate it).
 */
export const outdatedCondition = sql`(${practiceTranslations.sourceSummary} is distinct from ${practices.summary}
  or ${practiceTranslations.sourceTitle} is distinct from ${practices.title})`;

export interface PracticeTranslation extends StoredTranslation {
  outdated: boolean;
  updatedAt: Date;
}

/** A practice's translations (at most one per language), with whether each is outdated. */
export async function translationsOf(db: Db, practiceId: number): Promise<PracticeTranslation[]> {
  const rows = await db
    .select({
      ...storedColumns,
      updatedAt: practiceTranslations.updatedAt,
      outdated: sql<boolean>`${outdatedCondition}`,
    })
    .from(practiceTranslations)
    .innerJoin(practices, eq(practices.id, practiceTranslations.practiceId))
    .where(eq(practiceTranslations.practiceId, practiceId))
    .orderBy(asc(practiceTranslations.language))
    .limit(8);
  return rows.map((r) => ({ ...r, language: r.language as TranslationLanguage }));
}

/** A translation event's before or after: the translation as it was, or null where there was none. */
type TranslationEventSide = { translation?: TranslationState } | null;

export interface SaveTranslationParams {
  practiceId: number;
  language: TranslationLanguage;
  title: string | null;
  summary: string;
  status: "draft" | "published";
  /** The translation's version the editor loaded; null when they added a new one. */
  expectedVersion: number | null;
  actorId: number;
}

export type SaveTranslationResult =
  { status: "saved"; version: number } | { status: "unchanged" } | { status: "conflict" };

/**
 * An editor adds or edits a translation. It is made from the original as it is now (so saving an
 * outdated translation brings it up to date) and becomes curated: imports no longer overwrite it.
 * The original's row is locked first, so two saves of one translation take turns and the second,
 * having loaded an older version, is refused as a conflict.
 */
export async function saveTranslation(db: Db, params: SaveTranslationParams): Promise<SaveTranslationResult> {
  return db.transaction(async (tx) => {
    const original = await lockOriginal(tx, params.practiceId);
    if (!original) throw new CurationError("This practice does not exist.");
    if (original.status === "merged")
      throw new CurationError("This practice is merged into another; translate the one it was merged into.");
    const current = await readTranslation(tx, params.practiceId, params.language, { lock: true });
    if ((current?.version ?? null) !== params.expectedVersion) return { status: "conflict" };
    const next: TranslationState = {
      language: params.language,
      title: params.title,
      summary: params.summary,
      status: params.status,
      sourceVersion: original.version,
      sourceTitle: original.title,
      sourceSummary: original.summary,
    };
    if (current && sameState(current, next)) return { status: "unchanged" };
    const version = await writeTranslation(tx, params.practiceId, current, next, {
      actorId: params.actorId,
      action: current ? "translation.update" : "translation.create",
      curate: true,
    });
    return { status: "saved", version };
  });
}

/**
 * Restores a translation to how it was right after a history event (or, with `beforeEvent`, right
 * before it; before its creation means removing it). A new history event; nothing is rewritten.
 */
export async function revertTranslation(
  db: Db,
  params: { practiceId: number; eventId: number; beforeEvent: boolean; actorId: number },
): Promise<{ status: "saved"; language: TranslationLanguage } | { status: "unchanged" }> {
  return db.transaction(async (tx) => {
    const original = await lockOriginal(tx, params.practiceId);
    if (!original) throw new CurationError("This practice does not exist.");
    const [event] = await tx.execute<{ before: TranslationEventSide; after: TranslationEventSide }>(
      sql`select before, after from audit_events
        where id = ${params.eventId} and subject_type = 'practice' and subject_id = ${params.practiceId}
          and action like 'translation.%'`,
    );
    if (!event) throw new CurationError("That translation change is not in this practice's history.");
    const language = (event.after?.translation ?? event.before?.translation)?.language;
    if (!language) throw new CurationError("That history event names no translation.");
    const restored = (params.beforeEvent ? event.before : event.after)?.translation ?? null;
    const current = await readTranslation(tx, params.practiceId, language, { lock: true });
    if (current === null && restored === null) return { status: "unchanged" };
    if (current && restored && sameState(current, restored)) return { status: "unchanged" };
    await writeTranslation(tx, params.practiceId, current, restored, {
      actorId: params.actorId,
      action: "translation.revert",
      curate: true,
      note: `Restored the ${language} translation ${params.beforeEvent ? "before" : "after"} event ${params.eventId}.`,
    });
    return { status: "saved", language };
  });
}

/** Published translations of a practice by language, for the public site's fallback rule. */
export async function publishedTranslation(
  db: Db,
  practiceId: number,
  language: TranslationLanguage,
): Promise<{ title: string | null; summary: string } | null> {
  const [row] = await db
    .select({ title: practiceTranslations.title, summary: practiceTranslations.summary })
    .from(practiceTranslations)
    .where(
      and(
        eq(practiceTranslations.practiceId, practiceId),
        eq(practiceTranslations.language, language),
        eq(practiceTranslations.status, "published"),
      ),
    );
  return row ?? null;
}
