import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createAwardEntry, findOrCreateInstitution, type NewAwardEntry } from "./award-entries";
import { fixtureInstitution, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { readState } from "./practice-snapshot";

describe("new award entries", () => {
  let t: TestDatabase;
  let editor: number;
  let zus: number;
  let pensions: number;
  let belgium: number;
  const fingerprint = ({ name, countryCode }: { name: string; countryCode: string }) => `${name}|${countryCode}|fixed`;
  const entry = (over: Partial<NewAwardEntry> = {}): NewAwardEntry => ({
    title: "Dobry Start",
    summary: "A school starter benefit paid online.",
    institution: { id: zus },
    implementationYear: 2019,
    awardYear: 2021,
    awardDistinction: "certificate_of_merit",
    language: "en",
    topics: [pensions],
    status: "published",
    ...over,
  });
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    zus = await fixtureInstitution(t.db);
    pensions = await fixtureTopic(t.db, "Pensions");
    belgium = (await t.db.execute<{ id: number }>(sql`select id from countries where code = 'BE'`))[0]!.id;
  });
  afterAll(() => t.drop());

  it("publishes a new entry only with a topic; a draft may have none", async () => {
    await expect(
      createAwardEntry(t.db, { entry: entry({ title: "No topics yet", topics: [] }), actorId: editor, fingerprint }),
    ).rejects.toThrow("A practice is published with at least one topic");
    const draft = await createAwardEntry(t.db, {
      entry: entry({ title: "No topics yet", topics: [], status: "draft" }),
      actorId: editor,
      fingerprint: () => "draft-without-topics",
    });
    expect(await readState(t.db, draft.id)).toMatchObject({ status: "draft", topics: [] });
  });

  it("creates a curated practice with a slug from its title, its topics and a history entry", async () => {
    const created = await createAwardEntry(t.db, { entry: entry(), actorId: editor, fingerprint });
    expect(created.slug).toMatch(/^dobry-start-/);
    expect(await readState(t.db, created.id)).toMatchObject({
      title: "Dobry Start",
      status: "published",
      topics: [pensions],
      fingerprint: "Social Insurance Institution|PL|fixed",
      curatedFields: [
        "awardDistinction",
        "awardYear",
        "implementationYear",
        "institutionId",
        "language",
        "status",
        "summary",
        "title",
        "topics",
      ],
    });
    const [event] = await t.db.execute<{ action: string }>(
      sql`select action from audit_events where subject_id = ${created.id}`,
    );
    expect(event!.action).toBe("practice.create");
  });

  it("refuses the same practice twice", async () => {
    await expect(createAwardEntry(t.db, { entry: entry(), actorId: editor, fingerprint })).rejects.toThrow(
      /already exists/,
    );
  });

  it("creates the institution with its country, or finds it however it is spelt", async () => {
    const created = await createAwardEntry(t.db, {
      entry: entry({
        title: "Dobry Start",
        institution: { name: "Office national de l'emploi", acronym: "ONEM", countryId: belgium },
        status: "draft",
      }),
      actorId: editor,
      fingerprint,
    });
    expect(created.slug).toMatch(/^dobry-start-.+/);
    const again = await findOrCreateInstitution(t.db, {
      name: "OFFICE NATIONAL DE L’EMPLOI",
      countryId: belgium,
      actorId: editor,
    });
    expect(again).toMatchObject({ name: "Office national de l'emploi", country: "Belgium", created: false });
  });

  it("refuses topics that do not exist", async () => {
    await expect(
      createAwardEntry(t.db, {
        entry: entry({ summary: "Other.", topics: [424242] }),
        actorId: editor,
        fingerprint: () => "other",
      }),
    ).rejects.toThrow("One of the chosen topics no longer exists.");
  });
});
