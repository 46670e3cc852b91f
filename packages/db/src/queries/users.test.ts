import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createSession, getActiveSession } from "./sessions";
import {
  createUser,
  disableUser,
  enableUser,
  findUserByEmail,
  listUsers,
  resetPassword,
  setUserRole,
  UserError,
} from "./users";

describe("users", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("creates a user with an argon2id hash, lower-cased email, and an audit event without the hash", async () => {
    const user = await createUser(t.db, {
      email: " Editor@Example.org ",
      password: "correct horse battery",
      role: "editor",
      actorId: null,
    });
    expect(user).toMatchObject({ email: "editor@example.org", role: "editor", disabledAt: null });
    const stored = await findUserByEmail(t.db, "EDITOR@example.org");
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored!.passwordHash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored!.passwordHash, "wrong horse battery")).toBe(false);
    const [event] = await t.db.execute<{ action: string; after: unknown }>(
      sql`select action, after from audit_events where subject_id = ${user.id} and subject_type = 'user'`,
    );
    expect(event).toEqual({
      action: "user.create",
      after: { email: "editor@example.org", name: null, role: "editor" },
    });
  });

  it("refuses a second account with the same email in another case", async () => {
    await expect(
      createUser(t.db, { email: "EDITOR@example.org", password: "another password", role: "admin" }),
    ).rejects.toThrow(UserError);
  });

  it("keeps at least one enabled admin", async () => {
    const admin = await createUser(t.db, { email: "admin@example.org", password: "admin password 1", role: "admin" });
    await expect(setUserRole(t.db, { id: admin.id, role: "editor", actorId: admin.id })).rejects.toThrow(/last admin/);
    await expect(disableUser(t.db, { id: admin.id, actorId: admin.id })).rejects.toThrow(/last admin/);
    const editor = (await findUserByEmail(t.db, "editor@example.org"))!;
    await setUserRole(t.db, { id: editor.id, role: "admin", actorId: admin.id });
    expect((await setUserRole(t.db, { id: admin.id, role: "editor", actorId: editor.id })).role).toBe("editor");
    await setUserRole(t.db, { id: admin.id, role: "admin", actorId: editor.id });
    await setUserRole(t.db, { id: editor.id, role: "editor", actorId: admin.id });
  });

  it("disabling a user or resetting a password ends their sessions at once", async () => {
    const editor = (await findUserByEmail(t.db, "editor@example.org"))!;
    const first = await createSession(t.db, { userId: editor.id, ttlSeconds: 3600 });
    expect(await getActiveSession(t.db, first.id)).toMatchObject({
      user: { email: "editor@example.org", role: "editor" },
    });
    await disableUser(t.db, { id: editor.id, actorId: null });
    expect(await getActiveSession(t.db, first.id)).toBeNull();
    await enableUser(t.db, { id: editor.id, actorId: null });
    // Enabling again does not bring the old session back.
    expect(await getActiveSession(t.db, first.id)).toBeNull();

    const second = await createSession(t.db, { userId: editor.id, ttlSeconds: 3600 });
    await resetPassword(t.db, { id: editor.id, password: "a brand new password", actorId: null });
    expect(await getActiveSession(t.db, second.id)).toBeNull();
    expect(
      await verifyPassword((await findUserByEmail(t.db, editor.email))!.passwordHash, "a brand new password"),
    ).toBe(true);
    const actions = await t.db.execute<{ action: string }>(
      sql`select action from audit_events where subject_id = ${editor.id} and subject_type = 'user' order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "user.create",
      "user.role",
      "user.role",
      "user.disable",
      "user.enable",
      "user.password_reset",
    ]);
  });

  it("lists users sorted, one page at a time", async () => {
    const { rows, total } = await listUsers(t.db, { page: 0, pageSize: 1, sort: "email" });
    expect(total).toBe(2);
    expect(rows.map((r) => r.email)).toEqual(["admin@example.org"]);
    expect(rows[0]).not.toHaveProperty("passwordHash");
  });
});
