import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { findUserByEmail } from "../queries/users";

const script = fileURLToPath(new URL("./users.ts", import.meta.url));

describe("npm run users", () => {
  let t: TestDatabase;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, DATABASE_URL: t.url },
      encoding: "utf8",
    });
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("creates, lists and disables users", async () => {
    const created = run("create", "--email", "Ada@Example.org", "--password", "twelve chars ok", "--role", "admin");
    expect(created.stderr).toBe("");
    expect(created.stdout).toContain("Created admin ada@example.org.");
    expect(run("create", "--email", "ed@example.org", "--password", "twelve chars ok", "--role", "editor").status).toBe(
      0,
    );

    const listed = run("list");
    expect(listed.stdout.trim().split("\n")).toEqual([
      "ada@example.org\tadmin\tactive\tnever signed in",
      "ed@example.org\teditor\tactive\tnever signed in",
    ]);

    expect(run("disable", "--email", "ed@example.org").stdout).toContain("Disabled ed@example.org");
    expect((await findUserByEmail(t.db, "ed@example.org"))?.disabledAt).toBeInstanceOf(Date);
  });

  it("explains bad input and exits non-zero", () => {
    const weak = run("create", "--email", "x@example.org", "--password", "short", "--role", "editor");
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain("--password must be at least 12 characters.");
    const role = run("create", "--email", "x@example.org", "--password", "long enough pass", "--role", "owner");
    expect(role.stderr).toContain("--role must be admin or editor.");
    const twice = run("create", "--email", "ADA@example.org", "--password", "long enough pass", "--role", "editor");
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("A user with the email ada@example.org already exists.");
    expect(run("disable", "--email", "nobody@example.org").stderr).toContain(
      "No user has the email nobody@example.org.",
    );
    expect(run("frobnicate").stderr).toContain("Usage:");
  });
});
