import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateListing } from "../../bench/generate";
import { importFiles } from "../api";
import { counts, databaseState } from "../test-support";

// Files of several thousand records: the import reads, matches and writes them chunk by chunk.
describe("a large listing, streamed in chunks", () => {
  let t: TestDatabase;
  let dir: string;
  let listing: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-ingest-test-"));
    listing = path.join(dir, "large.txt");
    await generateListing(listing, { records: 6000, institutions: 500, seed: 7 });
    // A repeat of the first record, after several chunks, that brings one more topic.
    const first = /Implementation year:\n[\s\S]*?(?=Implementation year:)/.exec(await readFile(listing, "utf8"))![0];
    await appendFile(
      listing,
      first.replace(/\n*$/, "").replace(/(\nTopic:\n)?$/, (topic) => `${topic || "\nTopic:\n"}\nA topic read late\n`),
    );
  });
  afterAll(async () => {
    await t.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("does what its dry run said, keeps provenance of every record, and adds a topic a late repeat brings", async () => {
    const dry = await importFiles(t.db, [listing], { actor: "test", dryRun: true });
    expect(await databaseState(t.db)).toMatchObject({ practices: "0", batches: "0" });
    const report = await importFiles(t.db, [listing], { actor: "test" });
    expect(counts(report)).toEqual(counts(dry));
    expect(report).toMatchObject({ records: 6001, errors: [], updated: 0, unchanged: 0 });
    expect(report.added + report.duplicatesInFile).toBe(6001);
    expect(report.duplicatesInFile).toBeGreaterThan(500); // the generator's 10% repeats and 3% edits

    const [state] = await t.db.execute<Record<string, number | boolean>>(sql`select
      (select count(*)::int from practices) as practices,
      (select count(*)::int from practice_sources) as sources,
      (select bool_and(p.topic_ids = coalesce((select array_agg(topic_id order by topic_id) from practice_topics pt where pt.practice_id = p.id), '{}'))
         from practices p) as mirrored,
      (select bool_and(search_vector is not null) from practices) as documents,
      (select count(*)::int from practices p join topics t on t.id = any(p.topic_ids) where t.name = 'A topic read late') as late`);
    expect(state).toEqual({ practices: report.added, sources: 6001, mirrored: true, documents: true, late: 1 });
    // The import grew every table from nothing: it leaves the statistics the next import plans by
    // (manual analyzes only; autovacuum's are counted apart).
    const analyzed = await t.db.execute<{ relname: string; analyze_count: string }>(sql`
      select relname, analyze_count from pg_stat_user_tables
      where relname in ('practices', 'practice_sources', 'institutions') order by relname`);
    expect(analyzed.map((r) => [r.relname, Number(r.analyze_count)])).toEqual([
      ["institutions", 1],
      ["practice_sources", 1],
      ["practices", 1],
    ]);
  });

  it("writes nothing when the last record of a large file is malformed", async () => {
    const before = await databaseState(t.db);
    // New practices, chunks of them written before the parser reaches the error at the end.
    const broken = path.join(dir, "broken.txt");
    await generateListing(broken, { records: 5000, institutions: 300, seed: 8 });
    await appendFile(
      broken,
      "\nImplementation year:\n2020\nAward Year:\nsoon\nAgency , France , Europe\n\nLate error.\n",
    );
    const report = await importFiles(t.db, [broken], { actor: "test" });
    expect(report.errors).toEqual([
      expect.objectContaining({ field: "awardYear", message: expect.stringContaining("“soon”") }),
    ]);
    expect(await databaseState(t.db)).toEqual(before);
  });
});
