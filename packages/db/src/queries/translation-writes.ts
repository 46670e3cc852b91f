import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { practices, practiceTranslations, type TranslationLanguage } from "../schema";
import { addSearchTerms } from "./search-terms";
import { recordAudit } from "./audit";

/**
 * A translation as history records it (in before/after under `translation`, so a practice's revert,
 * which reads the top-level curated fields, never mistakes it for the original's text).
 */
export interface TranslationState {
  language: TranslationLanguage;
  title: string | null;
  summary: string;
  status: "draft" | "published";
  /** The original it was made from: its version, title and summary then. */
  sourceVersion: number;
  sourceTitle: string | null;
  sourceSummary: string;
}

export interface StoredTranslation extends TranslationState {
  id: number;
  version: number;
  curated: boolean;
}

/** The columns of a stored translation, for selects. */
export const storedColumns = {
  id: practiceTranslations.id,
  language: practiceTranslations.language,
  title: practiceTranslations.title,
  summary: practiceTranslations.summary,
  status: practiceTranslations.status,
  sourceVersion: practiceTranslations.sourceVersion,
  sourceTitle: practiceTranslations.sourceTitle,
  sourceSummary: practiceTranslations.sourceSummary,
  version: practiceTranslations.version,
  curated: practiceTranslations.curated,
};

/** The practice's translation into `language`; `lock` holds its row for the transaction. */
export async function readTranslation(
  db: Db,
  practiceId: number,
  language: TranslationLanguage,
  options: { lock?: boolean } = {},
): Promise<StoredTranslation | null> {
  const query = db
    .select(storedColumns)
    .from(practiceTranslations)
    .where(and(eq(practiceTranslations.practiceId, practiceId), eq(practiceTranslations.language, language)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ? { ...row, language: row.language as TranslationLanguage } : null;
}

/** The original a translation is made from; locked, so no edit of it slips between reading and writing. */
export async function lockOriginal(db: Db, practiceId: number) {
  const [row] = await db
    .select({
      id: practices.id,
      version: practices.version,
      title: practices.title,
      summary: practices.summary,
      status: practices.status,
      mergedIntoId: practices.mergedIntoId,
    })
    .from(practices)
    .where(eq(practices.id, practiceId))
    .for("update");
  return row ?? null;
}

export function stateOf(t: TranslationState): TranslationState {
  const { language, title, summary, status, sourceVersion, sourceTitle, sourceSummary } = t;
  return { language, title, summary, status, sourceVersion, sourceTitle, sourceSummary };
}

/** The translation's own text and status are the same (its source may differ). */
export function sameText(a: Pick<TranslationState, "title" | "summary" | "status">, b: typeof a): boolean {
  return (a.title ?? null) === (b.title ?? null) && a.summary === b.summary && a.status === b.status;
}

export function sameState(a: TranslationState, b: TranslationState): boolean {
  return sameText(a, b) && a.sourceVersion === b.sourceVersion;
}

export interface TranslationWrite {
  /** The editor, or null for an import. */
  actorId: number | null;
  action: "translation.create" | "translation.update" | "translation.revert" | "translation.import";
  /** An editor's write makes it curated; an import's keeps what it was. */
  curate: boolean;
  note?: string;
}

/**
 * Writes a practice's translation (insert, update, or delete when `next` is null) and its history
 * event on the practice, in the caller's transaction. Returns the translation's new version (0 when
 * deleted).
 */
export async function writeTranslation(
  db: Db,
  practiceId: number,
  current: StoredTranslation | null,
  next: TranslationState | null,
  how: TranslationWrite,
): Promise<number> {
  let version = 0;
  if (next === null) {
    if (current) await db.delete(practiceTranslations).where(eq(practiceTranslations.id, current.id));
  } else if (current) {
    const [row] = await db
      .update(practiceTranslations)
      .set({
        ...stateOf(next),
        curated: current.curated || how.curate,
        version: sql`${practiceTranslations.version} + 1`,
        updatedById: how.actorId,
        updatedAt: new Date(),
      })
      .where(eq(practiceTranslations.id, current.id))
      .returning({ version: practiceTranslations.version });
    version = row!.version;
  } else {
    const [row] = await db
      .insert(practiceTranslations)
      .values({ practiceId, ...stateOf(next), curated: how.curate, updatedById: how.actorId })
      .returning({ version: practiceTranslations.version });
    version = row!.version;
  }
  // Its words join the vocabulary behind "did you mean", so typos are corrected in its language too.
  if (next?.status === "published") await addSearchTerms(db, [`${next.title ?? ""} ${next.summary}`]);
  await recordAudit(db, {
    userId: how.actorId,
    action: how.action,
    subjectType: "practice",
    subjectId: practiceId,
    before: current ? { translation: stateOf(current) } : null,
    after: next ? { translation: stateOf(next) } : null,
    note: how.note,
  });
  return version;
}
