import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { countries, institutions, practices, practiceTopics } from "../schema";
import { matchKey, practiceSlug, slugify } from "../text";
import { recordAudit } from "./audit";
import type { AwardDistinction } from "../domain";
import { assertReferences, CurationError, publishNeedsTopic, type PracticeSnapshot } from "./practice-snapshot";
import { addSearchTerms } from "./search-terms";

export interface InstitutionOption {
  id: number;
  name: string;
  acronym: string | null;
  country: string;
}

/** Institutions for pickers, by country then name. */
export async function institutionOptions(db: Db): Promise<InstitutionOption[]> {
  return db
    .select({ id: institutions.id, name: institutions.name, acronym: institutions.acronym, country: countries.name })
    .from(institutions)
    .innerJoin(countries, eq(countries.id, institutions.countryId))
    .orderBy(asc(countries.name), asc(institutions.name));
}

/** Countries for pickers, by name. */
export async function countryOptions(db: Db): Promise<Array<{ id: number; name: string; code: string }>> {
  return db
    .select({ id: countries.id, name: countries.name, code: countries.code })
    .from(countries)
    .orderBy(asc(countries.name));
}

/** A slug nobody uses yet: `base`, else `base-2`, `base-3`… */
async function freeSlug(db: Db, table: typeof institutions | typeof practices, base: string): Promise<string> {
  const taken = await db.execute<{ slug: string }>(
    sql`select slug from ${table} where slug = ${base} or slug like ${`${base}-%`}`,
  );
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface NewInstitution {
  name: string;
  acronym?: string | null;
  countryId: number;
}

/**
 * The institution of that name in that country (matched like imports match: accents, case and
 * punctuation folded), created when there is none.
 */
export async function findOrCreateInstitution(
  db: Db,
  params: NewInstitution & { actorId: number },
): Promise<{ id: number; name: string; country: string; countryCode: string; created: boolean }> {
  const [country] = await db
    .select({ id: countries.id, name: countries.name, code: countries.code })
    .from(countries)
    .where(eq(countries.id, params.countryId));
  if (!country) throw new CurationError("The chosen country does not exist.");
  const key = matchKey(params.name);
  if (!key) throw new CurationError("The institution needs a name.");
  const [existing] = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.countryId, country.id), eq(institutions.matchKey, key)));
  if (existing) return { ...existing, country: country.name, countryCode: country.code, created: false };
  const slug = await freeSlug(db, institutions, slugify(params.name) || "institution");
  const [row] = await db
    .insert(institutions)
    .values({
      name: params.name.trim(),
      acronym: params.acronym?.trim() || null,
      countryId: country.id,
      matchKey: key,
      slug,
    })
    .returning({ id: institutions.id, name: institutions.name });
  await recordAudit(db, {
    userId: params.actorId,
    action: "institution.create",
    subjectType: "institution",
    subjectId: row!.id,
    after: { name: row!.name, acronym: params.acronym ?? null, country: country.name },
  });
  return { ...row!, country: country.name, countryCode: country.code, created: true };
}

export interface NewAwardEntry {
  title: string;
  summary: string;
  institution: { id: number } | NewInstitution;
  implementationYear: number | null;
  awardYear: number | null;
  awardDistinction: AwardDistinction | null;
  language: string | null;
  topics: number[];
  status: "draft" | "published";
}

/**
 * Creates a practice an editor entered (a new award entry), with its institution if new. All its
 * fields are curated. `fingerprint` computes the import fingerprint (@gp/ingest) from the institution
 * name and country code, so a later import of the same record finds this practice instead of adding it again.
 */
export async function createAwardEntry(
  db: Db,
  params: {
    entry: NewAwardEntry;
    actorId: number;
    fingerprint: (institution: { name: string; countryCode: string }) => string;
  },
): Promise<{ id: number; slug: string }> {
  const { entry } = params;
  return db.transaction(async (tx) => {
    const institution =
      "id" in entry.institution
        ? (
            await tx
              .select({
                id: institutions.id,
                name: institutions.name,
                country: countries.name,
                countryCode: countries.code,
              })
              .from(institutions)
              .innerJoin(countries, eq(countries.id, institutions.countryId))
              .where(eq(institutions.id, entry.institution.id))
          )[0]
        : await findOrCreateInstitution(tx, { ...entry.institution, actorId: params.actorId });
    if (!institution) throw new CurationError("The chosen institution does not exist.");
    const fingerprint = params.fingerprint({ name: institution.name, countryCode: institution.countryCode });
    const [twin] = await tx
      .select({ slug: practices.slug })
      .from(practices)
      .where(and(eq(practices.fingerprint, fingerprint), sql`${practices.status} <> 'merged'`));
    if (twin)
      throw new CurationError(
        `A practice with this institution, these years and this summary already exists (${twin.slug}).`,
      );
    const topicIds = [...new Set(entry.topics)].sort((a, b) => a - b);
    if (entry.status === "published" && topicIds.length === 0) throw new CurationError(publishNeedsTopic);
    await assertReferences(tx, { topics: topicIds });
    const slug = await freeSlug(tx, practices, practiceSlug(entry.title, fingerprint));
    const snapshot: PracticeSnapshot = {
      title: entry.title,
      summary: entry.summary,
      institutionId: institution.id,
      implementationYear: entry.implementationYear,
      awardYear: entry.awardYear,
      awardDistinction: entry.awardDistinction,
      language: entry.language,
      status: entry.status,
      topics: topicIds,
    };
    const curated = Object.entries(snapshot)
      .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
      .map(([field]) => field)
      .sort();
    const [row] = await tx
      .insert(practices)
      .values({
        slug,
        title: snapshot.title,
        summary: snapshot.summary,
        institutionId: snapshot.institutionId,
        implementationYear: snapshot.implementationYear,
        awardYear: snapshot.awardYear,
        awardDistinction: snapshot.awardDistinction,
        language: snapshot.language,
        status: snapshot.status,
        fingerprint,
        topicIds,
        curatedFields: curated,
        curatedAt: new Date(),
        curatedById: params.actorId,
      })
      .returning({ id: practices.id, slug: practices.slug });
    if (topicIds.length)
      await tx.insert(practiceTopics).values(topicIds.map((topicId) => ({ practiceId: row!.id, topicId })));
    await recordAudit(tx, {
      userId: params.actorId,
      action: "practice.create",
      subjectType: "practice",
      subjectId: row!.id,
      before: null,
      after: { version: 1, ...snapshot },
    });
    await addSearchTerms(tx, [`${snapshot.title} ${snapshot.summary}`]);
    return row!;
  });
}
