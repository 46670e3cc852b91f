// Small, real rows for the curation query tests (inserted through the schema, triggers and all).
import { eq } from "drizzle-orm";
import type { Db } from "../client-core";
import { countries, institutions, practices, practiceTopics, topicAliases, topics, users } from "../schema";
import { matchKey, slugify } from "../text";

export async function fixtureUser(
  db: Db,
  email = "ed@example.org",
  role: "editor" | "admin" = "editor",
): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({ email, passwordHash: "$argon2id$test", role })
    .returning({ id: users.id });
  return row!.id;
}

export async function fixtureInstitution(db: Db, name = "Social Insurance Institution", code = "PL"): Promise<number> {
  const [country] = await db.select({ id: countries.id }).from(countries).where(eq(countries.code, code));
  const [row] = await db
    .insert(institutions)
    .values({ name, slug: slugify(`${name}-${code}`), countryId: country!.id, matchKey: matchKey(name) })
    .returning({ id: institutions.id });
  return row!.id;
}

export async function fixtureTopic(db: Db, name: string, parentId: number | null = null): Promise<number> {
  const [row] = await db
    .insert(topics)
    .values({ name, slug: slugify(name), parentId })
    .returning({ id: topics.id });
  await db.insert(topicAliases).values({ topicId: row!.id, alias: name, key: matchKey(name) });
  return row!.id;
}

let serial = 0;
export async function fixturePractice(
  db: Db,
  values: {
    institutionId: number;
    summary?: string;
    title?: string | null;
    topics?: number[];
    status?: "published" | "draft" | "withdrawn";
    implementationYear?: number;
    awardYear?: number | null;
  },
): Promise<number> {
  serial++;
  const topicIds = [...(values.topics ?? [])].sort((a, b) => a - b);
  const [row] = await db
    .insert(practices)
    .values({
      slug: `practice-${serial}-${Math.random().toString(36).slice(2, 8)}`,
      title: values.title ?? null,
      summary: values.summary ?? `Summary of practice ${serial}. It helps insured persons.`,
      institutionId: values.institutionId,
      implementationYear: values.implementationYear ?? 2020,
      awardYear: values.awardYear ?? null,
      status: values.status ?? "published",
      fingerprint: `fp-${serial}-${Math.random()}`,
      topicIds,
    })
    .returning({ id: practices.id });
  if (topicIds.length)
    await db.insert(practiceTopics).values(topicIds.map((topicId) => ({ practiceId: row!.id, topicId })));
  return row!.id;
}
