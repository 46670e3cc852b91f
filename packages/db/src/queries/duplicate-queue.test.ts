import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import {
  countOpenCandidates,
  dismissCandidatesBelow,
  listOpenCandidates,
  openCandidatesBelow,
  openPairsByInstitution,
} from "./duplicate-queue";
import { fixtureInstitution, fixturePractice, fixtureUser } from "./fixtures.test-support";

async function candidate(t: TestDatabase, x: number, y: number, score: number): Promise<number> {
  const [row] = await t.db.execute<{ id: number }>(sql`
    insert into duplicate_candidates (practice_a_id, practice_b_id, score, method)
    values (${Math.min(x, y)}, ${Math.max(x, y)}, ${score}, 'minhash-trigram') returning id`);
  return row!.id;
}

const statuses = async (t: TestDatabase) =>
  Object.fromEntries(
    (
      await t.db.execute<{ score: number; status: string }>(
        sql`select score, status from duplicate_candidates order by score`,
      )
    ).map((r) => [r.score.toFixed(2), r.status]),
  );

describe("the duplicates queue at scale", () => {
  let t: TestDatabase;
  let editor: number;
  let zus: number;
  let krus: number;
  let ids: Record<string, number>;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    zus = await fixtureInstitution(t.db, "Social Insurance Institution");
    krus = await fixtureInstitution(t.db, "Agricultural Social Insurance Fund");
    const p = [];
    for (let i = 0; i < 3; i++)
      p.push(await fixturePractice(t.db, { institutionId: zus, summary: `ZUS practice ${i}` }));
    for (let i = 0; i < 2; i++)
      p.push(await fixturePractice(t.db, { institutionId: krus, summary: `KRUS practice ${i}` }));
    ids = {
      zusPair: await candidate(t, p[0]!, p[1]!, 0.9),
      mixedHigh: await candidate(t, p[1]!, p[3]!, 0.7),
      mixedLow: await candidate(t, p[2]!, p[4]!, 0.55),
      krusPair: await candidate(t, p[3]!, p[4]!, 0.52),
    };
  });
  afterAll(() => t.drop());

  it("sorts by score either way and filters by institution", async () => {
    const desc = await listOpenCandidates(t.db, { page: 0, pageSize: 10 });
    expect(desc.rows.map((r) => r.id)).toEqual([ids.zusPair, ids.mixedHigh, ids.mixedLow, ids.krusPair]);
    const asc = await listOpenCandidates(t.db, { page: 0, pageSize: 2, ascending: true });
    expect(asc).toMatchObject({ total: 4, rows: [{ id: ids.krusPair }, { id: ids.mixedLow }] });
    const krusOnly = await listOpenCandidates(t.db, { page: 0, pageSize: 10, institutionId: krus });
    expect(krusOnly.rows.map((r) => r.id)).toEqual([ids.mixedHigh, ids.mixedLow, ids.krusPair]);
    expect(await countOpenCandidates(t.db, { institutionId: zus })).toBe(3);
  });

  it("counts the pairs waiting per institution, a pair within one institution once", async () => {
    expect(await openPairsByInstitution(t.db, { limit: 10 })).toEqual({
      rows: [
        { id: krus, name: "Agricultural Social Insurance Fund", pairs: 3 },
        { id: zus, name: "Social Insurance Institution", pairs: 3 },
      ],
      institutions: 2,
    });
    expect(await openPairsByInstitution(t.db, { limit: 1 })).toMatchObject({ rows: [{ id: krus }], institutions: 2 });
  });

  it("dismisses every open pair below a score up to the confirmed id, once, even when two editors confirm at once", async () => {
    const below = await openCandidatesBelow(t.db, { below: 0.6 });
    expect(below).toEqual({ count: 2, upTo: Math.max(ids.mixedLow!, ids.krusPair!) });
    // A pair an import opens after the confirmation page was shown is left for the editor to see.
    const [late] = await t.db.execute<{ id: number }>(sql`
      insert into duplicate_candidates (practice_a_id, practice_b_id, score, method)
      select min(id), max(id), 0.51, 'minhash-trigram' from practices where summary like 'ZUS practice%' and summary <> 'ZUS practice 1'
      returning id`);
    const dismissed = await Promise.all([
      dismissCandidatesBelow(t.db, { below: 0.6, upTo: below.upTo!, actorId: editor }),
      dismissCandidatesBelow(t.db, { below: 0.6, upTo: below.upTo!, actorId: editor }),
    ]);
    expect(dismissed.sort()).toEqual([0, 2]);
    expect(await statuses(t)).toEqual({
      "0.51": "open",
      "0.52": "dismissed",
      "0.55": "dismissed",
      "0.70": "open",
      "0.90": "open",
    });
    const events = await t.db.execute<{ user_id: number; after: { count: number; candidates: number[] } }>(
      sql`select user_id, after from audit_events where action = 'candidate.dismiss_below'`,
    );
    expect(events).toEqual([
      {
        user_id: editor,
        after: expect.objectContaining({
          count: 2,
          candidates: [ids.mixedLow, ids.krusPair].sort((a, b) => a! - b!),
        }),
      },
    ]);
    expect(late).toBeDefined();
  });

  it("dismisses only the chosen institution's pairs when one is chosen", async () => {
    const below = await openCandidatesBelow(t.db, { below: 0.95, institutionId: krus });
    expect(below.count).toBe(1);
    expect(
      await dismissCandidatesBelow(t.db, { below: 0.95, institutionId: krus, upTo: below.upTo!, actorId: editor }),
    ).toBe(1);
    expect(await statuses(t)).toMatchObject({ "0.70": "dismissed", "0.90": "open", "0.51": "open" });
  });
});
