import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Database } from "../client-core";
import { createTestDatabase, type TestDatabase } from "../testing";
import { fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { closeGate } from "./testing/race-gate";
import { mergeTopics, moveTopic } from "./topics-admin";

describe("the topic tree under simultaneous changes", () => {
  let t: TestDatabase;
  // Bounded like the admin app's pool, so a query that would run for ever fails the test instead.
  let db: Database;
  let editor: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    db = createDb(t.url, { max: 4, statementTimeoutMs: 10_000 });
    editor = await fixtureUser(db);
  });
  afterAll(async () => {
    await db.$client.end();
    await t.drop();
  });

  /** The parents above a topic, walked without a bound check of its own: stops at a root or a repeat. */
  async function chainAbove(id: number): Promise<Array<number | null>> {
    const chain: Array<number | null> = [];
    const seen = new Set<number>();
    for (let at: number | null = id; at !== null && !seen.has(at);) {
      seen.add(at);
      const rows: Array<{ parent_id: number | null }> = await db.execute(
        sql`select parent_id from topics where id = ${at}`,
      );
      const row = rows[0];
      at = row!.parent_id;
      chain.push(at);
    }
    return chain;
  }

  it("two moves at once, X under Y and Y under X: exactly one succeeds and no cycle forms", async () => {
    const x = await fixtureTopic(db, "Race X");
    const y = await fixtureTopic(db, "Race Y");
    // Both UPDATEs wait at the gate until both moves are in flight, so their checks would overlap.
    const gate = await closeGate(t.url, "topics");
    let outcomes: PromiseSettledResult<void>[];
    try {
      const moves = Promise.allSettled([
        moveTopic(db, { id: x, parentId: y, actorId: editor }),
        moveTopic(db, { id: y, parentId: x, actorId: editor }),
      ]);
      await gate.waitForWaiters(2);
      await gate.open();
      outcomes = await moves;
    } finally {
      await gate.remove();
    }
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/cannot be moved under itself or one of its subtopics/);
    // One is now under the other, and the chain above each ends at the top level.
    expect((await chainAbove(x)).at(-1)).toBeNull();
    expect((await chainAbove(y)).at(-1)).toBeNull();
  });

  it("a cycle already in the table (as the race once made) cannot make a move or merge run for ever", async () => {
    const a = await fixtureTopic(db, "Cycle A");
    const b = await fixtureTopic(db, "Cycle B", a);
    await db.execute(sql`update topics set parent_id = ${b} where id = ${a}`);
    const c = await fixtureTopic(db, "Cycle C");
    const d = await fixtureTopic(db, "Cycle D");

    await moveTopic(db, { id: c, parentId: a, actorId: editor });
    expect((await chainAbove(c))[0]).toBe(a);
    await expect(moveTopic(db, { id: b, parentId: c, actorId: editor })).rejects.toThrow(/under itself/);
    await expect(mergeTopics(db, { fromId: d, intoId: b, actorId: editor })).resolves.toEqual({ retagged: 0 });
  });
});
