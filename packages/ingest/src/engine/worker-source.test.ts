import { appendFile, copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, postgresError } from "@gp/db";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeEditedExport } from "../../bench/edit-export";
import { generateListing } from "../../bench/generate";
import { importFiles } from "../api";
import { loadReference } from "../reference";
import { databaseState, refuseProvenanceWrites, seedText, splitListing } from "../test-support";
import { SerialExecutor } from "./executor";
import { prepareInWorker } from "./worker-source";

/** Everything an import wrote, without the times it wrote it at. */
async function written(db: Database) {
  const [row] = await db.execute<Record<string, string>>(sql`select
    (select md5(string_agg(concat_ws('|', id, slug, version, fingerprint, summary, title, topic_ids::text, status,
       institution_id, implementation_year, award_year, award_distinction), ',' order by id)) from practices) as practices,
    (select md5(string_agg(concat_ws('|', practice_id, batch_id, line, fingerprint, record::text), ',' order by id))
       from practice_sources) as sources,
    (select md5(string_agg(concat_ws('|', practice_id, signature, summary_md5), ',' order by practice_id))
       from practice_signatures) as signatures,
    (select md5(string_agg(concat_ws('|', id, name, slug, country_id), ',' order by id)) from institutions) as institutions,
    (select md5(string_agg(concat_ws('|', id, name, slug, parent_id), ',' order by id)) from topics) as topics,
    (select md5(string_agg(concat_ws('|', term, documents), ',' order by term)) from search_terms) as terms,
    (select md5(string_agg(concat_ws('|', action, subject_id, batch_id, before::text, after::text), ',' order by id))
       from audit_events where action = 'practice.update') as revisions`);
  return row!;
}

// The command line reads files in a worker thread (parse, validate, resolve, hash) while its own
// thread matches and writes: the same import as one read in the import's thread, to the byte.
describe("an import read in a worker thread", () => {
  let inThread: TestDatabase;
  let inWorker: TestDatabase;
  let dir: string;
  let listing: string;
  let edited: string;
  const fixture = fileURLToPath(new URL("../fixtures/malformed.txt", import.meta.url));
  beforeAll(async () => {
    [inThread, inWorker] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-ingest-worker-"));
    listing = path.join(dir, "listing.txt");
    // Two chunks, repeats and versions within the file, and the seed's accented, real records.
    await generateListing(listing, { records: 2400, institutions: 200, seed: 21 });
    await appendFile(listing, `\n${splitListing(seedText).records.join("")}`);
    edited = path.join(dir, "edited.txt");
    await writeEditedExport(listing, edited, { share: 0.05 });
  });
  afterAll(async () => {
    await Promise.all([inThread.drop(), inWorker.drop()]);
    await rm(dir, { recursive: true, force: true });
  });

  const both = async (files: string[], options: { dryRun?: boolean } = {}) => {
    const [a, b] = await Promise.all([
      importFiles(inThread.db, files, { actor: "test", ...options }),
      importFiles(inWorker.db, files, { actor: "test", ...options, readInWorker: prepareInWorker }),
    ]);
    return { a, b };
  };

  // Ten imports: 21 s with 4,500 records at load 3.5, and past the default 60 s under CI's load.
  const tenImports = 300_000;
  it(
    "adds, leaves unchanged and updates what an import in one thread does, and writes the same rows",
    { timeout: tenImports },
    async () => {
      const dry = await both([listing], { dryRun: true });
      expect(dry.b).toEqual(dry.a);
      for (const files of [[listing], [listing], [edited], [listing, edited]]) {
        const { a, b } = await both(files);
        expect(b).toEqual(a);
        expect(a.errors).toEqual([]);
        expect(await written(inWorker.db)).toEqual(await written(inThread.db));
      }
      const after = await written(inThread.db);
      expect(after.revisions).not.toBeNull(); // the edited export updated practices
    },
  );

  it("reports a malformed file's errors at their lines, and writes nothing", async () => {
    const before = await written(inWorker.db);
    const copy = path.join(dir, "malformed.txt");
    await copyFile(fixture, copy);
    const { a, b } = await both([listing, copy]);
    expect(b).toEqual(a);
    expect(b.errors.length).toBeGreaterThan(0);
    expect(b.errors.every((error) => error.file === "malformed.txt")).toBe(true);
    expect(await written(inWorker.db)).toEqual(before);
  });

  it("rejects with the database's error when a write fails, stops the reading thread, and writes nothing", async () => {
    // Five chunks, so that the reading thread has posted a chunk nobody will take when the first
    // insert fails: it must be stopped, not left waiting (the command line would never exit).
    const longer = path.join(dir, "longer.txt");
    await generateListing(longer, { records: 9000, institutions: 300, seed: 5 });
    const failing = await createTestDatabase();
    try {
      await refuseProvenanceWrites(failing.db);
      const importing = importFiles(failing.db, [longer], { actor: "test", readInWorker: prepareInWorker });
      const error = await importing.then(
        () => null,
        (e: unknown) => e,
      );
      expect(postgresError(error)).toEqual({ code: "P0001", message: "a write that fails, for the test" });
      expect(await databaseState(failing.db)).toMatchObject({ practices: "0", batches: "0" });
    } finally {
      await failing.drop();
    }
  });

  it("rejects with the worker's error when the file cannot be read, and the import writes nothing", async () => {
    const events = { onBytes: () => {}, onFormat: async () => {}, onChunk: async () => {} };
    const job = {
      name: "gone.txt",
      size: 1,
      fileIndex: 0,
      format: undefined,
      reference: await loadReference(new SerialExecutor(inWorker.db)),
    };
    await expect(prepareInWorker({ ...job, path: path.join(dir, "gone.txt") }, events)).rejects.toThrow(/ENOENT/);

    // The same failure inside an import (the file goes once its size is read): rolled back.
    const before = await written(inWorker.db);
    const gone = path.join(dir, "gone-later.txt");
    await copyFile(fixture, gone);
    let removal: Promise<void> | null = null;
    const importing = importFiles(inWorker.db, [listing, gone], {
      actor: "test",
      readInWorker: prepareInWorker,
      onProgress: () => void (removal ??= rm(gone)),
    });
    await expect(importing).rejects.toThrow(/ENOENT/);
    await removal;
    expect(await written(inWorker.db)).toEqual(before);
  });
});
