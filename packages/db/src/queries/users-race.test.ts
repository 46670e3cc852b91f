import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { closeGate } from "./testing/race-gate";
import { createUser, disableUser, setUserRole, type UserSummary } from "./users";

// Two admins acting on each other at the same moment: each change alone keeps an enabled admin,
// both together would leave none. The gate holds both UPDATEs until both requests are in flight.
describe("the last-admin rule under simultaneous requests", () => {
  let t: TestDatabase;
  let round = 0;
  let a: UserSummary;
  let b: UserSummary;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    // Exactly two enabled admins for each case.
    await t.db.execute(sql`update users set disabled_at = now() where disabled_at is null`);
    round++;
    a = await createUser(t.db, { email: `a${round}@example.org`, password: "admin password 1", role: "admin" });
    b = await createUser(t.db, { email: `b${round}@example.org`, password: "admin password 2", role: "admin" });
  });

  async function race(first: () => Promise<unknown>, second: () => Promise<unknown>) {
    const gate = await closeGate(t.url, "users");
    try {
      const outcomes = Promise.allSettled([first(), second()]);
      await gate.waitForWaiters(2);
      await gate.open();
      return await outcomes;
    } finally {
      await gate.remove();
    }
  }

  async function enabledAdmins(): Promise<string[]> {
    const rows = await t.db.execute<{ email: string }>(
      sql`select email from users where role = 'admin' and disabled_at is null order by email`,
    );
    return rows.map((r) => r.email);
  }

  function expectOneRefused(outcomes: PromiseSettledResult<unknown>[]) {
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/last admin/);
  }

  it("two admins disabling each other: one succeeds, one enabled admin remains", async () => {
    const outcomes = await race(
      () => disableUser(t.db, { id: a.id, actorId: b.id }),
      () => disableUser(t.db, { id: b.id, actorId: a.id }),
    );
    expectOneRefused(outcomes);
    expect(await enabledAdmins()).toHaveLength(1);
  });

  it("two admins demoting each other: one succeeds, one enabled admin remains", async () => {
    const outcomes = await race(
      () => setUserRole(t.db, { id: a.id, role: "editor", actorId: b.id }),
      () => setUserRole(t.db, { id: b.id, role: "editor", actorId: a.id }),
    );
    expectOneRefused(outcomes);
    expect(await enabledAdmins()).toHaveLength(1);
  });

  it("one disabling while the other demotes: one succeeds, one enabled admin remains", async () => {
    const outcomes = await race(
      () => disableUser(t.db, { id: a.id, actorId: b.id }),
      () => setUserRole(t.db, { id: b.id, role: "editor", actorId: a.id }),
    );
    expectOneRefused(outcomes);
    expect(await enabledAdmins()).toHaveLength(1);
  });
});
