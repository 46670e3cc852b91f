import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { fixtureInstitution, fixturePractice, fixtureTopic } from "./fixtures.test-support";
import { countriesWithInstitutions, namesOf, practiceYears } from "./practice-lookups";

describe("lookups for the practice list and history", () => {
  let t: TestDatabase;
  let zus: number;
  let pensions: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    zus = await fixtureInstitution(t.db);
    await fixtureInstitution(t.db, "Another Polish institution");
    await fixtureInstitution(t.db, "National Employment Office", "BE");
    pensions = await fixtureTopic(t.db, "Pensions");
    await fixturePractice(t.db, { institutionId: zus, implementationYear: 2019, awardYear: 2021 });
    await fixturePractice(t.db, { institutionId: zus, implementationYear: 2021, awardYear: null });
  });
  afterAll(() => t.drop());

  it("offers each country with institutions once, by name", async () => {
    expect((await countriesWithInstitutions(t.db)).map((c) => c.code)).toEqual(["BE", "PL"]);
  });

  it("lists the distinct implementation and award years, newest first", async () => {
    expect(await practiceYears(t.db)).toEqual([2021, 2019]);
  });

  it("names institutions and topics by id, leaving out ids that do not exist", async () => {
    const names = await namesOf(t.db, { institutionIds: [zus, 999_999], topicIds: [pensions] });
    expect([...names.institutions]).toEqual([[zus, "Social Insurance Institution"]]);
    expect([...names.topics]).toEqual([[pensions, "Pensions"]]);
    const none = await namesOf(t.db, { institutionIds: [], topicIds: [] });
    expect(none.institutions.size + none.topics.size).toBe(0);
  });
});
