import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@gp/db/auth";
import { findUserByEmail } from "@gp/db/users";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { ensureAuthSecret, ensureInitialAdmin } from "./local-auth";

describe("the embedded default's auth state", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-auth-"));
  });
  afterAll(async () => {
    await t.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("generates the auth secret once, readable by its owner only", async () => {
    const secret = await ensureAuthSecret(dir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(await ensureAuthSecret(dir)).toBe(secret);
    expect((await stat(path.join(dir, "auth-secret"))).mode & 0o777).toBe(0o600);
  });

  it("creates admin@localhost once, with a random password saved in a private file", async () => {
    const created = await ensureInitialAdmin(t.db, dir);
    expect(created?.email).toBe("admin@localhost");
    const file = path.join(dir, "initial-admin.txt");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, "utf8")).toContain(`password: ${created!.password}`);
    const admin = await findUserByEmail(t.db, "admin@localhost");
    expect(admin?.role).toBe("admin");
    expect(await verifyPassword(admin!.passwordHash, created!.password)).toBe(true);
    expect(await ensureInitialAdmin(t.db, dir)).toBeNull();
  });
});
