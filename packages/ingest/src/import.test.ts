import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { applyImport, importFiles, planImport } from "./api";
import { sampleListing } from "./index";
import { parseInput } from "./parse";
import { candidatePairs, counts, databaseState, importText, practiceId, seedText, splitListing } from "./test-support";

// Summary starts (30 characters) of the practices the tests look at.
const ZUS_2022 = "Due to the armed conflict in U";
const ZUS_2021 = "By virtue of the amended legis";
const BANK_2022 = "Institutions are being transfo";
const BANK_2021 = "Digital transformation is happ";
const DOBRY_START = "After a legislative change, th";

let databases: TestDatabase[] = [];
async function freshDatabase() {
  const t = await createTestDatabase();
  databases.push(t);
  return t.db;
}
afterEach(async () => {
  await Promise.all(databases.map((t) => t.drop()));
  databases = [];
});

describe("importing the seed listing", () => {
  it("adds 81 practices from 91 records and proposes exactly the two real near-duplicate pairs", async () => {
    const db = await freshDatabase();
    const report = await importFiles(db, [sampleListing], { actor: "test" });
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 81,
      updated: 0,
      unchanged: 0,
      candidates: 2,
      conflicts: 0,
      errors: 0,
    });
    expect(report.dryRun).toBe(false);

    // The pairs a person wants to see: ZUS family programmes 2021/2022, the Bank Fund's digital transformation 2021/2022.
    const pairs = (await candidatePairs(db)).map(([a, b]) => [a, b].sort());
    expect(pairs.sort()).toEqual([[BANK_2021, BANK_2022].sort(), [ZUS_2021, ZUS_2022].sort()].sort());
    expect(report.candidatePairs.map((p) => p.score)).toEqual([0.73, 0.614]);

    const [summary] = await db.execute<Record<string, number>>(sql`select
      (select count(*)::int from practices where status = 'published' and search_vector is not null) as published,
      (select count(*)::int from institutions) as institutions,
      (select count(*)::int from topics) as topics,
      (select count(*)::int from practices where cardinality(topic_ids) = 0) as without_topics,
      (select count(*)::int from practice_sources) as sources,
      (select count(distinct practice_id)::int from practice_sources) as sourced,
      (select documents from search_terms where term = 'dobry') as dobry`);
    expect(summary).toEqual({
      published: 81,
      institutions: 14,
      topics: 44,
      without_topics: 13,
      sources: 91,
      sourced: 81,
      dobry: 1,
    });

    // New topics are placed in the ISSA tree; topic_ids mirror practice_topics.
    const [tree] = await db.execute<{ parent: string; mirrored: boolean }>(sql`select
      (select p.name from topics t join topics p on p.id = t.parent_id where t.name = 'E-services') as parent,
      (select bool_and(p.topic_ids = coalesce((select array_agg(topic_id order by topic_id) from practice_topics pt where pt.practice_id = p.id), '{}')) from practices p) as mirrored`);
    expect(tree).toEqual({ parent: "Information and communication technology", mirrored: true });

    const [batch] = await db.execute(
      sql`select file_name, format, records, duplicates_in_file, added, updated, unchanged, candidates, conflicts, actor, finished_at is not null as finished from import_batches`,
    );
    expect(batch).toEqual({
      file_name: "000_d035195890cc90f6.txt",
      format: "listing",
      records: 91,
      duplicates_in_file: 10,
      added: 81,
      updated: 0,
      unchanged: 0,
      candidates: 2,
      conflicts: 0,
      actor: "test",
      finished: true,
    });

    // A repeated record points at the same practice as its first occurrence.
    const repeats = await db.execute<{ lines: number[] }>(
      sql`select array_agg(line order by line) as lines from practice_sources group by practice_id having count(*) > 1`,
    );
    expect(repeats).toHaveLength(10);
    expect(repeats.map((r) => r.lines[1]! - r.lines[0]!).every((gap) => gap > 900)).toBe(true);
  });

  it("keeps every record as the parser read it in its provenance: repeats, and a version with its own summary", async () => {
    const db = await freshDatabase();
    const { header, records } = splitListing(seedText);
    // The first record again with one word of its summary changed: a version of the same practice.
    const version = records[0]!.replace("uncertainty", "doubt");
    expect(version).not.toBe(records[0]);
    const text = `${header}${records.join("")}${version}`;
    const report = await importText(db, text);
    expect(counts(report)).toMatchObject({ records: 92, added: 81, errors: 0 });

    const parsed = await parseInput({ name: "export.txt", content: text });
    const stored = await db.execute<{ line: number; record: unknown; own_summary: boolean }>(sql`
      select s.line, s.record, s.record->>'summary' <> p.summary as own_summary
      from practice_sources s join practices p on p.id = s.practice_id order by s.line`);
    expect(stored.map(({ line, record }) => ({ line, record }))).toEqual(
      parsed.records.map(({ line, record }) => ({ line, record: JSON.parse(JSON.stringify(record)) as unknown })),
    );
    // The write sends a summary once for a new practice's records that share it; the version keeps its own.
    expect(stored.filter((r) => r.own_summary).map((r) => r.line)).toEqual([parsed.records.at(-1)!.line]);
  });

  it("adds nothing and updates nothing the second time", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const before = await databaseState(db);
    const again = await importText(db, seedText);
    expect(counts(again)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 0,
      unchanged: 81,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
    expect(again.files[0]!.previouslyImported).toBe(true);
    const after = await databaseState(db);
    // The second run is recorded as a batch (with its audit event) and nothing else.
    expect(after).toEqual({ ...before, batches: "2", audit_events: String(Number(before.audit_events) + 1) });
  });

  it("changes nothing for a noisy copy: CRLF, NBSP, doubled spaces, topic case, record order", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const before = await databaseState(db);
    const { header, records } = splitListing(seedText);
    const shuffled = records
      .map((r, i) => ({ r, key: (i * 7919) % records.length }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.r);
    const noisy = `\ufeff${header}${shuffled.join("\n")}`
      .replace(
        /^(Topic:\n)((?:(?!Implementation year:).+\n?)+)/gm,
        (_, label: string, topics: string) => label + topics.toUpperCase(),
      )
      .replace(/(\w) (\w)/g, "$1  $2")
      .replace(/ , /g, "\u00a0, ")
      .replace(/\n/g, "\r\n");
    const report = await importText(db, noisy);
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 0,
      unchanged: 81,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
    expect((await databaseState(db)).practices_digest).toBe(before.practices_digest);
  });

  it("updates a practice edited upstream by one word, with a revision, instead of duplicating it", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const id = await practiceId(db, DOBRY_START);
    const edited = seedText.replaceAll("aimed at parents of children", "aimed at guardians of children");
    expect(edited).not.toBe(seedText);

    const report = await importText(db, edited, { name: "newer.txt" });
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 1,
      unchanged: 80,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
    expect(report.updates).toEqual([{ practice: expect.objectContaining({ id }), fields: ["summary", "fingerprint"] }]);

    const [practice] = await db.execute<{ summary: string; version: number; count: number }>(
      sql`select summary, version, (select count(*)::int from practices) as count from practices where id = ${id}`,
    );
    expect(practice).toMatchObject({ version: 2, count: 81 });
    expect(practice!.summary).toContain("aimed at guardians");
    const [revision] = await db.execute<{
      action: string;
      batch: string;
      before: { summary: string };
      after: { summary: string };
    }>(sql`
      select a.action, b.file_name as batch, a.before, a.after from audit_events a join import_batches b on b.id = a.batch_id
      where a.subject_type = 'practice' and a.subject_id = ${id}`);
    expect(revision).toMatchObject({ action: "practice.update", batch: "newer.txt" });
    expect(revision!.before.summary).toContain("aimed at parents");
    expect(revision!.after.summary).toContain("aimed at guardians");

    // Importing the newer file again changes nothing; nor does the older export: it never undoes the newer.
    expect(counts(await importText(db, edited))).toMatchObject({ added: 0, updated: 0, unchanged: 81 });
    expect(counts(await importText(db, seedText))).toMatchObject({ added: 0, updated: 0, unchanged: 81 });
    const [after] = await db.execute<{ summary: string }>(sql`select summary from practices where id = ${id}`);
    expect(after!.summary).toContain("aimed at guardians");
  });

  it("keeps the topics an editor curated and reports the import's as a conflict, once", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const id = await practiceId(db, DOBRY_START);
    // An editor sets the practice's topics to "Children" only (as the admin app does).
    await db.execute(sql`delete from practice_topics where practice_id = ${id}`);
    await db.execute(
      sql`insert into practice_topics (practice_id, topic_id) select ${id}, id from topics where name = 'Children'`,
    );
    await db.execute(sql`update practices set curated_fields = '{topics}', version = version + 1 where id = ${id}`);

    const report = await importText(db, seedText);
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 0,
      unchanged: 81,
      candidates: 0,
      conflicts: 1,
      errors: 0,
    });
    expect(report.conflictList).toEqual([
      {
        practice: expect.objectContaining({ id }),
        field: "topics",
        current: ["Children"],
        imported: [
          "Family benefits",
          "Information and communication technology",
          "Communication",
          "Social policies & programmes",
        ],
      },
    ]);
    const topics = await db.execute<{ name: string }>(
      sql`select t.name from practice_topics pt join topics t on t.id = pt.topic_id where pt.practice_id = ${id}`,
    );
    expect(topics.map((t) => t.name)).toEqual(["Children"]);
    const conflictRows = async () =>
      db.execute<{ field: string; status: string }>(
        sql`select field, status from import_conflicts where practice_id = ${id}`,
      );
    expect(await conflictRows()).toEqual([{ field: "topics", status: "open" }]);

    // Still a conflict the next time, but the open one is not opened twice.
    expect((await importText(db, seedText)).conflicts).toBe(1);
    expect(await conflictRows()).toHaveLength(1);
  });

  it("never proposes a pair again once editors dismissed it", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    await db.execute(sql`update duplicate_candidates set status = 'dismissed'`);
    // Both sides of both pairs are edited upstream: they are updated, and compared again.
    const edited = seedText
      .replaceAll("raising awareness of the importance", "raising awareness of the value")
      .replaceAll("forced ZUS to take quick", "forced ZUS to take fast");
    const report = await importText(db, edited);
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 4,
      unchanged: 77,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
    expect((await candidatePairs(db)).map(([, , status]) => status)).toEqual(["dismissed", "dismissed"]);
  });

  it("maps a record of a practice merged away to its survivor, and never brings it back", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const survivorId = await practiceId(db, ZUS_2022);
    const mergedId = await practiceId(db, ZUS_2021);
    const finalId = await practiceId(db, BANK_2022);
    // Editors merge ZUS 2021 into ZUS 2022, then ZUS 2022 into another practice: a chain.
    await db.execute(
      sql`update practices set status = 'merged', merged_into_id = ${survivorId} where id = ${mergedId}`,
    );
    await db.execute(sql`update practices set status = 'merged', merged_into_id = ${finalId} where id = ${survivorId}`);
    const before = await databaseState(db);

    const report = await importText(db, seedText);
    expect(counts(report)).toMatchObject({ added: 0, updated: 0, unchanged: 81 });
    // A one-word edit of the merged-away record maps to the end of the chain too.
    const edited = await importText(
      db,
      seedText.replace("The huge, multi-million number", "The vast, multi-million number"),
    );
    expect(counts(edited)).toMatchObject({ added: 0, updated: 0, unchanged: 81 });
    const after = await databaseState(db);
    expect(after.practices_digest).toBe(before.practices_digest);
    const [live] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from practices where status <> 'merged'`,
    );
    expect(live!.n).toBe(79);
  });

  it("writes nothing when the input has errors, and reports every one with its line", async () => {
    const db = await freshDatabase();
    await importText(db, seedText);
    const before = await databaseState(db);
    const malformed = `${seedText}\nImplementation year:\n2019\nAward Year:\n2020\nAgency , Atlantis , Europe\n\nUnknown country.\n`;
    const report = await importText(db, malformed, { name: "bad.txt" });
    expect(report.errors).toEqual([
      { file: "bad.txt", line: 1186, field: "country", message: "unknown country “Atlantis”" },
    ]);
    expect(counts(report)).toMatchObject({ records: 92, added: 0, updated: 0, unchanged: 0 });
    expect(await databaseState(db)).toEqual(before);
  });
});

describe("plans", () => {
  it("are plain data, and applying one later matches again against the database as it is then", async () => {
    const db = await freshDatabase();
    const plan = await planImport(db, [{ name: "seed.txt", content: new TextEncoder().encode(seedText) }]);
    expect(counts(plan.report)).toMatchObject({ added: 81, candidates: 2 });
    expect(plan.report.dryRun).toBe(true);
    expect(await databaseState(db)).toMatchObject({ practices: "0", batches: "0" });

    await importText(db, seedText); // someone else imports the same export meanwhile
    const report = await applyImport(db, JSON.parse(JSON.stringify(plan)), { actor: "editor@example.org" });
    expect(counts(report)).toEqual({
      records: 91,
      duplicatesInFile: 10,
      added: 0,
      updated: 0,
      unchanged: 81,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
  });

  it("are refused when tampered with", async () => {
    const db = await freshDatabase();
    const plan = await planImport(db, [{ name: "seed.txt", content: seedText }]);
    const broken = {
      ...plan,
      files: [{ ...plan.files[0]!, records: [{ line: 1, placeLine: 1, record: { summary: "" } }] }],
    };
    await expect(applyImport(db, broken as never, { actor: "x" })).rejects.toThrow();
  });

  it("run one at a time: two imports of one export at once add it once", async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([
      importText(db, seedText, { actor: "a" }),
      importText(db, seedText, { actor: "b" }),
    ]);
    expect([a.added, b.added].sort()).toEqual([0, 81]);
    expect([a.unchanged, b.unchanged].sort()).toEqual([0, 81]);
    expect(await databaseState(db)).toMatchObject({ practices: "81", sources: "91", batches: "2", candidates: "2" });
  });
});

describe("CSV and JSON", () => {
  const csv = [
    "institution,country,region,implementationYear,awardYear,awardDistinction,title,summary,topics",
    'Social Insurance Institution,Türkiye,Europe,2021,2022,Certificate of Merit,Dobry start,"A programme for families, paid online.",Family benefits;E-services;Brand new topic',
    'National Employment Office,"Korea, Republic of",Asia and Pacific,2023,0,,,"The KDD tool finds patterns in data.","Data analytics; Error, evasion and fraud"',
  ].join("\n");

  it("import the same practices whichever format carries them, with titles, distinctions and new topics", async () => {
    const db = await freshDatabase();
    const fromCsv = await importText(db, csv, { name: "entries.csv" });
    expect(counts(fromCsv)).toEqual({
      records: 2,
      duplicatesInFile: 0,
      added: 2,
      updated: 0,
      unchanged: 0,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
    expect(fromCsv.files[0]!.format).toBe("csv");
    expect(fromCsv.newTopics).toEqual(
      expect.arrayContaining(["Information and communication technology > E-services", "Brand new topic"]),
    );
    const rows = await db.execute(sql`
      select p.title, p.award_distinction, p.award_year, c.code, left(p.slug, 12) as slug from practices p
      join institutions i on i.id = p.institution_id join countries c on c.id = i.country_id order by p.id`);
    expect(rows).toEqual([
      {
        title: "Dobry start",
        award_distinction: "certificate_of_merit",
        award_year: 2022,
        code: "TR",
        slug: "dobry-start-",
      },
      { title: null, award_distinction: null, award_year: null, code: "KR", slug: "the-kdd-tool" },
    ]);

    const json = JSON.stringify([
      {
        institution: "social insurance institution",
        country: "Turkey",
        implementationYear: "2021",
        awardYear: 2022,
        summary: "A programme for families,  paid online.",
        topics: ["family benefits", "e-services", "brand new topic"],
      },
      {
        institution: "National Employment Office",
        country: "KR",
        implementationYear: 2023,
        awardYear: null,
        summary: "The KDD tool finds patterns in data.",
        topics: "Data analytics;Error, evasion and fraud",
      },
    ]);
    const fromJson = await importText(db, json, { name: "entries.json" });
    expect(counts(fromJson)).toEqual({
      records: 2,
      duplicatesInFile: 0,
      added: 0,
      updated: 0,
      unchanged: 2,
      candidates: 0,
      conflicts: 0,
      errors: 0,
    });
  });

  it("report an unknown country or region as an error, and a region that is not the country's as a warning", async () => {
    const db = await freshDatabase();
    const report = await importText(
      db,
      "institution,country,region,summary\nA,Narnia,Europe,x\nB,Poland,Oceania,y\nC,Poland,Africa,z\n",
    );
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, "country"],
      [3, "region"],
    ]);
    expect(report.warnings).toEqual([
      expect.objectContaining({ line: 4, field: "region", message: expect.stringContaining("Poland is in Europe") }),
    ]);
  });
});
