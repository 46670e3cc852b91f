import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { findUserByEmail } from "../queries/users";

const script = fileURLToPath(new URL("./users.ts", import.meta.url));

// Each case starts the CLI (node with tsx) once or twice: a few seconds each, and far more on a busy
// machine, so each is a test of its own with room to spare; they run in order and build on each other.
describe("npm run users", { timeout: 300_000 }, () => {
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

  it("creates users", () => {
    const created = run("create", "--email", "Ada@Example.org", "--password", "twelve chars ok", "--role", "admin");
    expect(created.stderr).toBe("");
    expect(created.stdout).toContain("Created admin ada@example.org.");
    expect(run("create", "--email", "ed@example.org", "--password", "twelve chars ok", "--role", "editor").status).toBe(
      0,
    );
  });

  it("lists them", () => {
    expect(run("list").stdout.trim().split("\n")).toEqual([
      "ada@example.org\tadmin\tactive\tnever signed in",
      "ed@example.org\teditor\tactive\tnever signed in",
    ]);
  });

  it("disables one", async () => {
    expect(run("disable", "--email", "ed@example.org").stdout).toContain("Disabled ed@example.org");
    expect((await findUserByEmail(t.db, "ed@example.org"))?.disabledAt).toBeInstanceOf(Date);
  });

  it("refuses a short password or an unknown role (exit 2)", () => {
    const weak = run("create", "--email", "x@example.org", "--password", "short", "--role", "editor");
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain("--password must be at least 12 characters.");
    const role = run("create", "--email", "x@example.org", "--password", "long enough pass", "--role", "owner");
    expect(role.stderr).toContain("--role must be admin or editor.");
  });

  it("refuses an email taken in any case, or unknown (exit 1)", () => {
    const twice = run("create", "--email", "ADA@example.org", "--password", "long enough pass", "--role", "editor");
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("A user with the email ada@example.org already exists.");
    expect(run("disable", "--email", "nobody@example.org").stderr).toContain(
      "No user has the email nobody@example.org.",
    );
  });

  it("shows its usage for an unknown command", () => {
    expect(run("frobnicate").stderr).toContain("Usage:");
  });
});
