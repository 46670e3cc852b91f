import { createTestDatabase, type TestDatabase } from "@gp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../api";
import { sampleListing } from "../index";
import { normaliseForMatch } from "../normalise";
import { signatureFromBytes } from "../signature-bytes";
import { minhash, shinglesOfNormalised } from "../similarity";
import { importText, practiceId, seedText, splitListing } from "../test-support";

// The stored MinHash signatures that let an import find candidates without reading every text.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await importFiles(t.db, [sampleListing], { actor: "test" });
});
afterAll(() => t.drop());

const DOBRY_START = "After a legislative change, th";
// A text no practice of the seed resembles, given by an editor to the Dobry start practice.
const EDITED =
  "The pension office opened regional help desks staffed by trained volunteers who explain disability " +
  "allowances to applicants in rural districts, visit housebound claimants at home, help them gather medical " +
  "evidence, and follow each file until a decision is sent, cutting abandoned claims by a third in two years.";

async function storedSignatures() {
  return t.db.execute<{ id: number; summary: string; signature: Uint8Array; fresh: boolean }>(sql`
    select p.id, p.summary, s.signature, s.summary_md5 = md5(p.summary) as fresh
    from practices p join practice_signatures s on s.practice_id = p.id order by p.id`);
}

describe("practice signatures", () => {
  it("an import stores each new practice's signature, computed from its summary as written", async () => {
    const rows = await storedSignatures();
    expect(rows).toHaveLength(81);
    for (const row of rows) {
      expect(row.fresh).toBe(true);
      expect(signatureFromBytes(row.signature)).toEqual(minhash(shinglesOfNormalised(normaliseForMatch(row.summary))));
    }
  });

  it("a summary an editor changed is compared by its new text, and its signature stored again", async () => {
    const edited = await practiceId(t.db, DOBRY_START);
    await t.db.execute(sql`update practices set summary = ${EDITED}, version = version + 1 where id = ${edited}`);

    // A new practice of another Polish institution, with a near copy of the edited text.
    const { header } = splitListing(seedText);
    const record = [
      "Implementation year:",
      "2019",
      "Award Year:",
      "0",
      "Rural Pension Help Desks , Poland , Europe",
      "",
      EDITED.replace("a third", "a quarter"),
      "",
    ].join("\n");
    const report = await importText(t.db, `${header}${record}\n`);
    expect(report.added).toBe(1);
    expect(report.candidatePairs).toHaveLength(1);
    const [pair] = await t.db.execute<{ a: number; b: number }>(
      sql`select practice_a_id as a, practice_b_id as b from duplicate_candidates where batch_id = (select max(id) from import_batches)`,
    );
    expect(pair!.a).toBe(edited);

    const stored = (await storedSignatures()).find((row) => row.id === edited)!;
    expect(stored.fresh).toBe(true);
    expect(signatureFromBytes(stored.signature)).toEqual(minhash(shinglesOfNormalised(normaliseForMatch(EDITED))));
  });
});
