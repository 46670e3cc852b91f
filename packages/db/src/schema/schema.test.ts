import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import * as s from "./index";

describe("a round trip through each table", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("stores and reads back every kind of row", async () => {
    const { db } = t;
    const poland = await db.query.countries.findFirst({ where: eq(s.countries.code, "PL"), with: { region: true } });
    expect(poland?.region.slug).toBe("europe");

    const [user] = await db
      .insert(s.users)
      .values({ email: "editor@example.org", name: "Ed", passwordHash: "$argon2id$x", role: "editor" })
      .returning();
    const [session] = await db
      .insert(s.userSessions)
      .values({ userId: user!.id, expiresAt: new Date(Date.now() + 3600_000), ip: "127.0.0.1" })
      .returning();
    await db.insert(s.signInAttempts).values({ email: "editor@example.org", ip: "127.0.0.1", succeeded: true });

    const [institution] = await db
      .insert(s.institutions)
      .values({
        name: "Social Insurance Institution",
        acronym: "ZUS",
        slug: "zus",
        countryId: poland!.id,
        matchKey: "social insurance institution",
      })
      .returning();
    const [parent] = await db
      .insert(s.topics)
      .values({ name: "Information and communication technology", slug: "ict" })
      .returning();
    const [child] = await db
      .insert(s.topics)
      .values({ name: "E-services", slug: "e-services", parentId: parent!.id })
      .returning();
    await db.insert(s.topicAliases).values({ topicId: child!.id, alias: "E services", key: "e services" });

    const [practice] = await db
      .insert(s.practices)
      .values({
        slug: "zus-e-services",
        summary: "The Social Insurance Institution launched e-services for insured persons.",
        institutionId: institution!.id,
        implementationYear: 2021,
        awardYear: 2022,
        awardDistinction: "certificate_of_merit",
        fingerprint: "f1",
        curatedFields: ["title"],
      })
      .returning();
    const [other] = await db
      .insert(s.practices)
      .values({
        slug: "zus-other",
        summary: "Another.",
        institutionId: institution!.id,
        implementationYear: 2020,
        fingerprint: "f2",
      })
      .returning();
    await db.insert(s.practiceTopics).values([
      { practiceId: practice!.id, topicId: parent!.id },
      { practiceId: practice!.id, topicId: child!.id },
    ]);

    const [batch] = await db
      .insert(s.importBatches)
      .values({
        fileName: "listing.txt",
        sha256: "ab".repeat(32),
        format: "listing",
        records: 2,
        added: 2,
        actor: "cli",
      })
      .returning();
    await db
      .insert(s.practiceSources)
      .values({ practiceId: practice!.id, batchId: batch!.id, line: 14, fingerprint: "f1", record: { summary: "…" } });
    await db.insert(s.importConflicts).values({
      batchId: batch!.id,
      practiceId: practice!.id,
      field: "title",
      currentValue: "Mine",
      importedValue: "Theirs",
    });
    await db.insert(s.duplicateCandidates).values({
      practiceAId: practice!.id,
      practiceBId: other!.id,
      score: 0.82,
      method: "minhash",
      batchId: batch!.id,
    });
    await db.insert(s.auditEvents).values({
      userId: user!.id,
      action: "practice.update",
      subjectType: "practice",
      subjectId: practice!.id,
      before: { title: null },
      after: { title: "E-services" },
    });
    await db.insert(s.searchTerms).values({ term: "pension", documents: 3 });

    const read = await db.query.practices.findFirst({
      where: eq(s.practices.id, practice!.id),
      with: {
        institution: { with: { country: true } },
        topics: { with: { topic: true } },
        sources: { with: { batch: true } },
      },
    });
    expect(read).toMatchObject({
      slug: "zus-e-services",
      status: "published",
      version: 1,
      awardDistinction: "certificate_of_merit",
      curatedFields: ["title"],
      topicIds: [parent!.id, child!.id],
      institution: { acronym: "ZUS", country: { code: "PL" } },
      sources: [{ line: 14, batch: { fileName: "listing.txt" } }],
    });
    expect(read!.topics.map((pt) => pt.topic.name).sort()).toEqual([
      "E-services",
      "Information and communication technology",
    ]);

    const tree = await db.query.topics.findFirst({ where: eq(s.topics.id, parent!.id), with: { children: true } });
    expect(tree?.children.map((c) => c.slug)).toEqual(["e-services"]);
    expect(
      await db.query.userSessions.findFirst({ where: eq(s.userSessions.id, session!.id), with: { user: true } }),
    ).toMatchObject({ user: { email: "editor@example.org" } });
    expect(await db.query.duplicateCandidates.findFirst({ with: { practiceA: true, practiceB: true } })).toMatchObject({
      status: "open",
      practiceA: { slug: "zus-e-services" },
      practiceB: { slug: "zus-other" },
    });
    expect(await db.query.importConflicts.findFirst()).toMatchObject({ status: "open", importedValue: "Theirs" });
    expect(await db.query.auditEvents.findFirst()).toMatchObject({
      action: "practice.update",
      after: { title: "E-services" },
    });
    expect(await db.query.topicAliases.findFirst({ with: { topic: true } })).toMatchObject({
      topic: { slug: "e-services" },
    });
    expect(await db.query.signInAttempts.findFirst()).toMatchObject({ succeeded: true });
    expect(await db.query.searchTerms.findFirst()).toEqual({ term: "pension", documents: 3 });
  });

  it("keeps the rules the schema promises", async () => {
    const { db } = t;
    const [institution] = await db.select().from(s.institutions).limit(1);
    // One live practice per fingerprint.
    await expect(
      db.insert(s.practices).values({ slug: "dup", summary: "x", institutionId: institution!.id, fingerprint: "f1" }),
    ).rejects.toMatchObject({ cause: { constraint_name: "practices_fingerprint_idx" } });
    // merged <=> merged_into.
    await expect(
      db.execute(sql`update practices set status = 'merged' where slug = 'zus-other'`),
    ).rejects.toMatchObject({ cause: { constraint_name: "practices_merged_into_check" } });
    // A used topic cannot be deleted.
    await expect(db.execute(sql`delete from topics where slug = 'e-services'`)).rejects.toMatchObject({
      cause: { constraint_name: "practice_topics_topic_id_topics_id_fk" },
    });
    // A candidate pair is stored once, smaller id first.
    await expect(
      db.execute(
        sql`insert into duplicate_candidates (practice_a_id, practice_b_id, score, method) select max(id), min(id), 0.5, 'x' from practices`,
      ),
    ).rejects.toMatchObject({ cause: { constraint_name: "duplicate_candidates_order_check" } });
    // Emails are unique whatever their case.
    await expect(db.insert(s.users).values({ email: "EDITOR@example.org", passwordHash: "x" })).rejects.toMatchObject({
      cause: { constraint_name: "users_email_idx" },
    });
  });
});
