import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { fixtureInstitution, fixturePractice, fixtureTopic, fixtureUser } from "./fixtures.test-support";
import { readState } from "./practice-snapshot";
import { createTopic, deleteTopic, mergeTopics, moveTopic, renameTopic } from "./topics-admin";
import { topicOptions, topicTree } from "./topic-tree";

async function aliasesOf(t: TestDatabase, topicId: number): Promise<string[]> {
  const rows = await t.db.execute<{ alias: string }>(
    sql`select alias from topic_aliases where topic_id = ${topicId} order by alias`,
  );
  return rows.map((r) => r.alias);
}

describe("the topic tree", () => {
  let t: TestDatabase;
  let editor: number;
  let ict: number;
  let eServices: number;
  let online: number;
  let pensions: number;
  let p1: number;
  let p2: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    editor = await fixtureUser(t.db);
    const zus = await fixtureInstitution(t.db);
    ict = await fixtureTopic(t.db, "Information and communication technology");
    eServices = await fixtureTopic(t.db, "E-services", ict);
    online = await fixtureTopic(t.db, "Online services");
    pensions = await fixtureTopic(t.db, "Pensions");
    p1 = await fixturePractice(t.db, { institutionId: zus, topics: [online, pensions] });
    p2 = await fixturePractice(t.db, { institutionId: zus, topics: [online, eServices] });
  });
  afterAll(() => t.drop());

  it("shows the tree with practice counts", async () => {
    const tree = await topicTree(t.db);
    expect(tree.map((n) => [n.name, n.practices, n.children.map((c) => c.name)])).toEqual([
      ["Information and communication technology", 0, ["E-services"]],
      ["Online services", 2, []],
      ["Pensions", 1, []],
    ]);
    expect((await topicOptions(t.db)).map((o) => o.label)).toContain(
      "Information and communication technology › E-services",
    );
  });

  it("renames a topic, keeping its old name as an alias and its slug", async () => {
    await renameTopic(t.db, { id: pensions, name: "Old-age pensions", actorId: editor });
    expect(await aliasesOf(t, pensions)).toEqual(["Old-age pensions", "Pensions"]);
    const [row] = await t.db.execute<{ slug: string }>(sql`select slug from topics where id = ${pensions}`);
    expect(row!.slug).toBe("pensions");
    await expect(renameTopic(t.db, { id: pensions, name: "online SERVICES", actorId: editor })).rejects.toThrow(
      /already exists/,
    );
  });

  it("moves a topic under a parent, never under its own subtree", async () => {
    await moveTopic(t.db, { id: online, parentId: ict, actorId: editor });
    await expect(moveTopic(t.db, { id: ict, parentId: eServices, actorId: editor })).rejects.toThrow(/under itself/);
    await moveTopic(t.db, { id: online, parentId: null, actorId: editor });
  });

  it("merges A into B: practices re-tagged with a new version, A's name kept as B's alias, A gone", async () => {
    const before = await readState(t.db, p2);
    expect(await mergeTopics(t.db, { fromId: online, intoId: eServices, actorId: editor })).toEqual({ retagged: 2 });
    expect((await readState(t.db, p1))?.topics).toEqual([pensions, eServices].sort((a, b) => a - b));
    expect(await readState(t.db, p2)).toMatchObject({ topics: [eServices], version: before!.version + 1 });
    expect(await aliasesOf(t, eServices)).toEqual(["E-services", "Online services"]);
    expect((await t.db.execute(sql`select 1 from topics where id = ${online}`)).length).toBe(0);
    const [event] = await t.db.execute<{ note: string }>(
      sql`select note from audit_events where subject_type = 'practice' and subject_id = ${p2} order by id desc limit 1`,
    );
    expect(event!.note).toBe('Topic "Online services" merged into "E-services".');
  });

  it("deletes only an unused topic", async () => {
    await expect(deleteTopic(t.db, { id: eServices, actorId: editor })).rejects.toThrow(
      '"E-services" is used by 2 practices; merge it into another topic instead.',
    );
    const spare = (await createTopic(t.db, { name: "Spare", parentId: null, actorId: editor })).id;
    await deleteTopic(t.db, { id: spare, actorId: editor });
    expect((await topicTree(t.db)).map((n) => n.name)).not.toContain("Spare");
    const actions = await t.db.execute<{ action: string }>(
      sql`select action from audit_events where subject_type = 'topic' order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      "topic.rename",
      "topic.move",
      "topic.move",
      "topic.merge",
      "topic.create",
      "topic.delete",
    ]);
  });
});
