import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { dismissCandidate, findPractices, getCandidate } from "./duplicates";
import { mergePractices, unmergePractice } from "./practice-merge";
import { listOpenCandidates } from "./duplicate-queue";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { readState } from "./practice-snapshot";

async function candidate(t: TestDatabase, x: number, y: number, score: number): Promise<number> {
  const [row] = await t.db.execute<{ id: number }>(sql`
    insert into duplicate_candidates (practice_a_id, practice_b_id, score, method) values (${Math.min(x, y)}, ${Math.max(x, y)}, ${score}, 'trigram') returning id`);
  return row!.id;
}

describe("duplicates", () => {
  let t: TestDatabase;
  let editor: number;
  let pensions: number;
  let ict: number;
  let survivor: number;
  let other: number;
  let third: number;
  let pairId: number;
  let weakPairId: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    const zus = await fixtureInstitution(t.db);
    pensions = await fixtureTopic(t.db, "Pensions");
    ict = await fixtureTopic(t.db, "Information and communication technology");
    survivor = await fixturePractice(t.db, {
      institutionId: zus,
      summary: "Electronic sick leave certificates issued by doctors.",
      topics: [pensions],
    });
    other = await fixturePractice(t.db, {
      institutionId: zus,
      title: "E-sick leave",
      summary: "Electronic sick leave certificates, issued online by doctors.",
      topics: [ict],
      awardYear: 2021,
    });
    third = await fixturePractice(t.db, { institutionId: zus, summary: "Something else entirely about apprentices." });
    pairId = await candidate(t, survivor, other, 0.91);
    weakPairId = await candidate(t, other, third, 0.4);
    await t.db.execute(
      sql`insert into import_batches (file_name, sha256, format, actor) values ('a.txt', 'x', 'listing', 'cli')`,
    );
    await t.db.execute(sql`insert into practice_sources (practice_id, batch_id, line, fingerprint, record)
      values (${other}, (select max(id) from import_batches), 40, 'fp-other', '{}')`);
  });
  afterAll(() => t.drop());

  it("queues open candidates by score", async () => {
    const { rows, total } = await listOpenCandidates(t.db, { page: 0, pageSize: 10 });
    expect(total).toBe(2);
    expect(rows.map((r) => r.id)).toEqual([pairId, weakPairId]);
    expect(rows[0]).toMatchObject({
      score: expect.closeTo(0.91, 5),
      a: { id: survivor, title: "Electronic sick leave certificates issued by doctors" },
      b: { id: other, title: "E-sick leave" },
    });
  });

  it("merges with the chosen values and united topics; the other becomes merged and keeps its sources", async () => {
    const result = await mergePractices(t.db, {
      survivorId: survivor,
      otherId: other,
      survivorVersion: 1,
      otherVersion: 1,
      choices: { title: "other", awardYear: "other" },
      actorId: editor,
    });
    expect(result).toEqual({ status: "merged", survivorVersion: 2 });
    expect(await readState(t.db, survivor)).toMatchObject({
      title: "E-sick leave",
      awardYear: 2021,
      topics: [pensions, ict].sort((a, b) => a - b),
      status: "published",
      curatedFields: ["awardYear", "title", "topics"],
    });
    expect(await readState(t.db, other)).toMatchObject({ status: "merged", mergedIntoId: survivor });
    expect((await getCandidate(t.db, pairId))?.status).toBe("merged");
    const [source] = await t.db.execute<{ practice_id: number }>(
      sql`select practice_id from practice_sources where line = 40`,
    );
    expect(source!.practice_id).toBe(other);
    // The pair with the merged-away practice leaves the queue.
    expect((await listOpenCandidates(t.db, { page: 0, pageSize: 10 })).total).toBe(0);
    expect((await findPractices(t.db, "sick leave")).map((p) => p.id)).toEqual([survivor]);
  });

  it("refuses a merge from a stale page, and merging a merged practice", async () => {
    await expect(
      mergePractices(t.db, {
        survivorId: survivor,
        otherId: other,
        survivorVersion: 2,
        otherVersion: 2,
        choices: {},
        actorId: editor,
      }),
    ).rejects.toThrow("already been merged");
    const stale = await mergePractices(t.db, {
      survivorId: survivor,
      otherId: third,
      survivorVersion: 1,
      otherVersion: 1,
      choices: {},
      actorId: editor,
    });
    expect(stale.status).toBe("conflict");
  });

  it("unmerges: both are live again, the survivor's merged fields come back, the candidate reopens", async () => {
    const result = await unmergePractice(t.db, { mergedId: other, actorId: editor });
    expect(result).toEqual({ survivorId: survivor, kept: [] });
    expect(await readState(t.db, other)).toMatchObject({ status: "published", mergedIntoId: null, topics: [ict] });
    expect(await readState(t.db, survivor)).toMatchObject({
      title: null,
      awardYear: null,
      topics: [pensions],
      version: 3,
    });
    expect((await getCandidate(t.db, pairId))?.status).toBe("open");
    const actions = await t.db.execute<{ action: string; subject_id: number }>(
      sql`select action, subject_id from audit_events order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "practice.merge",
      "practice.merged_into",
      "practice.unmerge",
      "practice.unmerge",
    ]);
  });

  it("keeps the survivor's later edits when unmerging", async () => {
    await mergePractices(t.db, {
      survivorId: survivor,
      otherId: other,
      survivorVersion: 3,
      otherVersion: 3,
      choices: { title: "other" },
      actorId: editor,
    });
    await t.db.execute(sql`update practices set title = 'Edited after the merge' where id = ${survivor}`);
    expect(await unmergePractice(t.db, { mergedId: other, actorId: editor })).toEqual({
      survivorId: survivor,
      kept: ["title"],
    });
    expect((await readState(t.db, survivor))?.title).toBe("Edited after the merge");
  });

  it("merges any two practices, recording the pair as an editor's decision", async () => {
    const before = await readState(t.db, third);
    const s = (await readState(t.db, survivor))!;
    await mergePractices(t.db, {
      survivorId: third,
      otherId: survivor,
      survivorVersion: before!.version,
      otherVersion: s.version,
      choices: {},
      actorId: editor,
    });
    const [pair] = await t.db.execute<{ method: string; status: string }>(sql`
      select method, status from duplicate_candidates where practice_a_id = ${Math.min(third, survivor)} and practice_b_id = ${Math.max(third, survivor)}`);
    expect(pair).toEqual({ method: "editor", status: "merged" });
    await unmergePractice(t.db, { mergedId: survivor, actorId: editor });
  });

  it("dismisses a candidate once, remembered", async () => {
    await dismissCandidate(t.db, { id: weakPairId, actorId: editor });
    expect(await getCandidate(t.db, weakPairId)).toMatchObject({ status: "dismissed" });
    await expect(dismissCandidate(t.db, { id: weakPairId, actorId: editor })).rejects.toThrow("no longer open");
    expect((await listOpenCandidates(t.db, { page: 0, pageSize: 10 })).rows.map((r) => r.id)).toEqual([pairId]);
  });
});
