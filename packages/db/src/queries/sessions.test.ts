import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createDb } from "../client-core";
import {
  attemptSignIn,
  createSession,
  getActiveSession,
  recordSignInAttempt,
  revokeSession,
  signInBlocked,
} from "./sessions";
import { createUser } from "./users";

describe("sessions and the sign-in rate limit", () => {
  let t: TestDatabase;
  let userId: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    userId = (await createUser(t.db, { email: "ed@example.org", password: "long enough password", role: "editor" })).id;
  });
  afterAll(() => t.drop());

  it("a session is active until revoked", async () => {
    const session = await createSession(t.db, { userId, ttlSeconds: 60, ip: "10.0.0.1", userAgent: "test" });
    expect(await getActiveSession(t.db, session.id)).toMatchObject({
      sessionId: session.id,
      user: { id: userId, role: "editor" },
    });
    await revokeSession(t.db, session.id);
    expect(await getActiveSession(t.db, session.id)).toBeNull();
  });

  it("an expired session is refused, and so is a malformed id", async () => {
    const session = await createSession(t.db, { userId, ttlSeconds: 60 });
    await t.db.execute(sql`update user_sessions set expires_at = now() - interval '1 second' where id = ${session.id}`);
    expect(await getActiveSession(t.db, session.id)).toBeNull();
    expect(await getActiveSession(t.db, "not-a-uuid")).toBeNull();
  });

  it("blocks an email after five failures, whatever the IP", async () => {
    for (let i = 0; i < 4; i++)
      await recordSignInAttempt(t.db, { email: "victim@example.org", ip: `10.1.0.${i}`, succeeded: false });
    expect(await signInBlocked(t.db, { email: "victim@example.org", ip: "10.9.9.9" })).toBeNull();
    await recordSignInAttempt(t.db, { email: "Victim@example.org", ip: "10.1.0.9", succeeded: false });
    const block = await signInBlocked(t.db, { email: "victim@example.org", ip: "10.9.9.9" });
    expect(block?.by).toBe("email");
    // The first failure leaves the 15-minute window first: measured on the database's clock, which
    // recorded it, so the test does not depend on how long it took to get here.
    const [first] = await t.db.execute<{ at: number }>(
      sql`select (extract(epoch from min(at)) * 1000)::float8 as at from sign_in_attempts where email = 'victim@example.org'`,
    );
    expect(block!.retryAt).toEqual(new Date(first!.at + 15 * 60_000));
  });

  it("blocks an IP after five failures, whatever the emails", async () => {
    for (let i = 0; i < 5; i++)
      await recordSignInAttempt(t.db, { email: `guess${i}@example.org`, ip: "192.0.2.1", succeeded: false });
    expect((await signInBlocked(t.db, { email: "someone@example.org", ip: "192.0.2.1" }))?.by).toBe("ip");
    expect(await signInBlocked(t.db, { email: "someone@example.org", ip: "192.0.2.2" })).toBeNull();
  });

  it("forgets failures older than the window, and an email's failures before its last success", async () => {
    await t.db.execute(sql`update sign_in_attempts set at = now() - interval '16 minutes' where ip = '192.0.2.1'`);
    expect(await signInBlocked(t.db, { email: "someone@example.org", ip: "192.0.2.1" })).toBeNull();

    for (let i = 0; i < 5; i++)
      await recordSignInAttempt(t.db, { email: "ed@example.org", ip: `10.2.0.${i}`, succeeded: false });
    expect((await signInBlocked(t.db, { email: "ed@example.org", ip: "10.3.0.1" }))?.by).toBe("email");
    await t.db.execute(
      sql`update sign_in_attempts set at = now() - interval '1 minute' where email = 'ed@example.org'`,
    );
    await recordSignInAttempt(t.db, { email: "ed@example.org", ip: "10.3.0.1", succeeded: true });
    expect(await signInBlocked(t.db, { email: "ed@example.org", ip: "10.3.0.1" })).toBeNull();
  });

  describe("a burst of parallel attempts", () => {
    // A pool of its own, wide enough that the attempts really run at once on separate connections.
    const burst = async (attempts: Array<{ email: string; ip: string; password: string }>, right: string) => {
      const pool = createDb(t.url, { max: 20 });
      let verified = 0;
      try {
        const outcomes = await Promise.all(
          attempts.map((attempt) =>
            attemptSignIn(pool, attempt, async () => {
              verified++;
              return attempt.password === right ? { email: attempt.email } : null;
            }),
          ),
        );
        return { outcomes, verified };
      } finally {
        await pool.$client.end();
      }
    };

    it("verifies at most five for one email, from any number of addresses", async () => {
      const attempts = Array.from({ length: 40 }, (_, i) => ({
        email: "burst@example.org",
        ip: `10.50.${i >> 8}.${i & 255}`,
        password: `guess ${i}`,
      }));
      const { outcomes, verified } = await burst(attempts, "right");
      expect(verified).toBe(5);
      expect(outcomes.filter((o) => o.blocked?.by === "email")).toHaveLength(35);
      const [row] = await t.db.execute<{ n: number }>(
        sql`select count(*)::int as n from sign_in_attempts where email = 'burst@example.org'`,
      );
      expect(row!.n).toBe(5);
    });

    it("verifies at most five from one address, whatever the emails", async () => {
      const attempts = Array.from({ length: 40 }, (_, i) => ({
        email: `sprayed${i}@example.org`,
        ip: "198.51.100.99",
        password: `guess ${i}`,
      }));
      const { outcomes, verified } = await burst(attempts, "right");
      expect(verified).toBe(5);
      expect(outcomes.filter((o) => o.blocked?.by === "ip")).toHaveLength(35);
    });

    it("records a verified attempt as succeeded, which resets the email's count", async () => {
      await recordSignInAttempt(t.db, { email: "reset@example.org", ip: "10.60.0.1", succeeded: false });
      const outcome = await attemptSignIn(t.db, { email: "Reset@example.org", ip: "10.60.0.2" }, async () => ({
        id: 1,
      }));
      expect(outcome).toEqual({ blocked: null, user: { id: 1 } });
      const rows = await t.db.execute<{ succeeded: boolean }>(
        sql`select succeeded from sign_in_attempts where email = 'reset@example.org' order by id`,
      );
      expect(rows.map((r) => r.succeeded)).toEqual([false, true]);
    });
  });
});
