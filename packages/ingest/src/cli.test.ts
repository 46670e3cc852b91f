import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateListing } from "../bench/generate";
import { sampleListing } from "./index";
import { databaseState, ingest, refuseProvenanceWrites } from "./test-support";

const malformed = fileURLToPath(new URL("./fixtures/malformed.txt", import.meta.url));

// Each test starts the CLI (node with tsx) once: seconds each, and far more on a busy machine (28 s
// was seen on a fresh-clone CI), so each has room to spare.
describe("the ingest command", { timeout: 300_000 }, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("exits 1 on a malformed file, reports every error with its line, and leaves the database unchanged", async () => {
    const before = await databaseState(t.db);
    const { code, stdout, stderr } = await ingest([malformed], t.url);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.split("\n").filter((l) => l.startsWith("  malformed.txt:"));
    expect(lines.map((l) => l.split(":").slice(1, 3).join(":").trim())).toEqual([
      "14: implementationYear",
      "25: institution",
      "33: awardYear",
      "41: region",
    ]);
    expect(stderr).toContain("“twenty-twenty” is not a year");
    expect(stderr).toContain("unknown region “Oceania”");
    expect(stderr).toContain("4 errors; nothing was written.");
    expect(await databaseState(t.db)).toEqual(before);

    const json = await ingest([malformed, "--json"], t.url);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [14, "implementationYear"],
      [25, "institution"],
      [33, "awardYear"],
      [41, "region"],
    ]);
  });

  it("prints one JSON object with --json; --dry-run writes nothing; a real run writes the report it printed", async () => {
    const before = await databaseState(t.db);
    const dry = await ingest(["--dry-run", "--json", sampleListing], t.url);
    expect(dry.code).toBe(0);
    expect(dry.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      records: 91,
      duplicatesInFile: 10,
      added: 81,
      updated: 0,
      unchanged: 0,
      candidates: 2,
      conflicts: 0,
      errors: [],
    });
    expect(await databaseState(t.db)).toEqual(before);

    const run = await ingest([sampleListing, "--actor", "steward"], t.url);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("81 added, 0 updated, 0 unchanged.");
    expect(run.stdout).toContain("2 duplicate candidates opened");
    const [batch] = await t.db.execute<{ actor: string; added: number }>(sql`select actor, added from import_batches`);
    expect(batch).toEqual({ actor: "steward", added: 81 });
  });

  // One process a test: each start of the command line pays for tsx, which is slow on a loaded machine.
  it("exits 2 when the file cannot be read", async () => {
    const missing = await ingest(["/nonexistent/export.txt", "--json"], t.url);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).errors[0].message).toContain("cannot read");
  });

  it("exits 2 without a file", async () => {
    expect((await ingest([], t.url)).code).toBe(2);
  });

  it("exits 2 on an unknown format", async () => {
    expect((await ingest(["--format", "xml", sampleListing], t.url)).code).toBe(2);
  });

  it("exits 2 on an unknown option", async () => {
    expect((await ingest(["--frobnicate", sampleListing], t.url)).code).toBe(2);
  });

  it("exits 2 when the database cannot be reached", async () => {
    const unreachable = await ingest([sampleListing], "postgres://nobody:x@127.0.0.1:9/none");
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain("ingest failed");
  });

  it("exits 2 when a write fails mid-import, says what PostgreSQL said in a line, and writes nothing", async () => {
    const failing = await createTestDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "gp-ingest-cli-"));
    try {
      await refuseProvenanceWrites(failing.db);
      // Several chunks: the reading thread is ahead of the write that fails, and must be stopped.
      const listing = path.join(dir, "listing.txt");
      await generateListing(listing, { records: 9000, institutions: 300, seed: 8 });
      const failed = await ingest([listing], failing.url);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain("ingest failed: PostgreSQL: a write that fails, for the test (SQLSTATE P0001)");
      // Not the statement with its parameters (two thousand summaries).
      expect(failed.stderr.length).toBeLessThan(1000);
      expect(await databaseState(failing.db)).toMatchObject({ practices: "0", batches: "0" });
    } finally {
      await failing.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exits 0 for --help", async () => {
    expect((await ingest(["--help"], t.url)).code).toBe(0);
  });
});
