import { eq, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { topicAliases, topics } from "../schema";
import { matchKey, slugify } from "../text";
import { recordAudit } from "./audit";
import { isAtOrUnder, lockTopicTree } from "./topic-tree-guard";
import { CurationError, pick, readState, snapshotOf, writeChanges } from "./practice-snapshot";

async function requireTopic(
  db: Db,
  id: number,
): Promise<{ id: number; name: string; slug: string; parentId: number | null }> {
  const [row] = await db
    .select({ id: topics.id, name: topics.name, slug: topics.slug, parentId: topics.parentId })
    .from(topics)
    .where(eq(topics.id, id));
  if (!row) throw new CurationError("This topic no longer exists.");
  return row;
}

/** Points `alias` at the topic; refused if it already names another topic. */
async function addAlias(db: Db, topicId: number, alias: string): Promise<void> {
  const key = matchKey(alias);
  const [existing] = await db
    .select({ topicId: topicAliases.topicId })
    .from(topicAliases)
    .where(eq(topicAliases.key, key));
  if (existing && existing.topicId !== topicId) {
    const [other] = await db.select({ name: topics.name }).from(topics).where(eq(topics.id, existing.topicId));
    throw new CurationError(`"${alias}" already names the topic "${other?.name}". Merge the two topics instead.`);
  }
  if (!existing) await db.insert(topicAliases).values({ topicId, alias, key });
}

export async function createTopic(
  db: Db,
  params: { name: string; parentId: number | null; actorId: number },
): Promise<{ id: number }> {
  const name = params.name.trim();
  if (!name) throw new CurationError("A topic needs a name.");
  return db.transaction(async (tx) => {
    if (params.parentId !== null) await requireTopic(tx, params.parentId);
    const slug = await freeTopicSlug(tx, name);
    const [row] = await tx
      .insert(topics)
      .values({ name, slug, parentId: params.parentId })
      .onConflictDoNothing()
      .returning({ id: topics.id });
    if (!row) throw new CurationError(`A topic named "${name}" already exists.`);
    await addAlias(tx, row.id, name);
    await recordAudit(tx, {
      userId: params.actorId,
      action: "topic.create",
      subjectType: "topic",
      subjectId: row.id,
      after: { name, parentId: params.parentId },
    });
    return row;
  });
}

async function freeTopicSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name) || "topic";
  const taken = new Set(
    (
      await db.execute<{ slug: string }>(sql`select slug from topics where slug = ${base} or slug like ${`${base}-%`}`)
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Renames a topic. Its old name stays as an alias, so later imports that use it still map here.
 * The slug (public URL) is kept, so links keep working.
 */
export async function renameTopic(db: Db, params: { id: number; name: string; actorId: number }): Promise<void> {
  const name = params.name.trim();
  if (!name) throw new CurationError("A topic needs a name.");
  await db.transaction(async (tx) => {
    const topic = await requireTopic(tx, params.id);
    if (topic.name === name) return;
    const [clash] = await tx.execute<{ id: number }>(
      sql`select id from topics where lower(name) = lower(${name}) and id <> ${topic.id}`,
    );
    if (clash) throw new CurationError(`A topic named "${name}" already exists. Merge the two topics instead.`);
    await addAlias(tx, topic.id, topic.name);
    await addAlias(tx, topic.id, name);
    await tx.update(topics).set({ name, updatedAt: new Date() }).where(eq(topics.id, topic.id));
    await recordAudit(tx, {
      userId: params.actorId,
      action: "topic.rename",
      subjectType: "topic",
      subjectId: topic.id,
      before: { name: topic.name },
      after: { name },
    });
  });
}

/** Moves a topic under another (or to the top with null); a topic cannot go under its own subtree. */
export async function moveTopic(
  db: Db,
  params: { id: number; parentId: number | null; actorId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockTopicTree(tx);
    const topic = await requireTopic(tx, params.id);
    if (topic.parentId === params.parentId) return;
    if (params.parentId !== null) {
      await requireTopic(tx, params.parentId);
      if (await isAtOrUnder(tx, params.parentId, topic.id))
        throw new CurationError("A topic cannot be moved under itself or one of its subtopics.");
    }
    await tx.update(topics).set({ parentId: params.parentId, updatedAt: new Date() }).where(eq(topics.id, topic.id));
    await recordAudit(tx, {
      userId: params.actorId,
      action: "topic.move",
      subjectType: "topic",
      subjectId: topic.id,
      before: { parentId: topic.parentId },
      after: { parentId: params.parentId },
    });
  });
}

/**
 * Merges topic `fromId` into `intoId`: its practices are re-tagged (each gets a new version and a
 * history entry), its subtopics move under `intoId`, its name and aliases become aliases of
 * `intoId` (so imports map the old label to it), and it is deleted.
 */
export async function mergeTopics(
  db: Db,
  params: { fromId: number; intoId: number; actorId: number },
): Promise<{ retagged: number }> {
  if (params.fromId === params.intoId) throw new CurationError("Choose two different topics.");
  return db.transaction(async (tx) => {
    await lockTopicTree(tx);
    const from = await requireTopic(tx, params.fromId);
    const into = await requireTopic(tx, params.intoId);
    if (await isAtOrUnder(tx, into.id, from.id))
      throw new CurationError(`"${into.name}" is under "${from.name}"; move it out first, or merge the other way.`);

    const tagged = await tx.execute<{ practice_id: number }>(
      sql`select practice_id from practice_topics where topic_id = ${from.id} order by practice_id`,
    );
    let retagged = 0;
    for (const { practice_id } of tagged) {
      const state = await readState(tx, practice_id, { lock: true });
      if (!state) continue;
      const next = [...new Set(state.topics.map((t) => (t === from.id ? into.id : t)))].sort((a, b) => a - b);
      const version = await writeChanges(tx, state, { topics: next }, { actorId: params.actorId, curate: false });
      // Merged practices are re-tagged too (so the topic can go), but only live ones count.
      if (state.status !== "merged") retagged++;
      await recordAudit(tx, {
        userId: params.actorId,
        action: "practice.update",
        subjectType: "practice",
        subjectId: state.id,
        before: { version: state.version, ...pick(snapshotOf(state), ["topics"]) },
        after: { version, topics: next },
        note: `Topic "${from.name}" merged into "${into.name}".`,
      });
    }
    await tx.execute(sql`update topics set parent_id = ${into.id}, updated_at = now() where parent_id = ${from.id}`);
    await tx.execute(sql`update topic_aliases set topic_id = ${into.id} where topic_id = ${from.id}`);
    await addAlias(tx, into.id, from.name);
    await tx.delete(topics).where(eq(topics.id, from.id));
    await recordAudit(tx, {
      userId: params.actorId,
      action: "topic.merge",
      subjectType: "topic",
      subjectId: into.id,
      before: { from: { id: from.id, name: from.name, slug: from.slug, parentId: from.parentId } },
      after: { into: { id: into.id, name: into.name }, retagged },
    });
    return { retagged };
  });
}

/** Deletes a topic no live practice uses; its subtopics move up to its parent. */
export async function deleteTopic(db: Db, params: { id: number; actorId: number }): Promise<void> {
  await db.transaction(async (tx) => {
    await lockTopicTree(tx);
    const topic = await requireTopic(tx, params.id);
    const [used] = await tx.execute<{ n: number }>(sql`
      select count(*)::int as n from practices where topic_ids @> array[${topic.id}]::int[] and status <> 'merged'`);
    if ((used?.n ?? 0) > 0)
      throw new CurationError(
        `"${topic.name}" is used by ${used!.n} practice${used!.n === 1 ? "" : "s"}; merge it into another topic instead.`,
      );
    await tx.execute(sql`delete from practice_topics where topic_id = ${topic.id}`);
    await tx.execute(
      sql`update topics set parent_id = ${topic.parentId}, updated_at = now() where parent_id = ${topic.id}`,
    );
    await tx.delete(topics).where(eq(topics.id, topic.id));
    await recordAudit(tx, {
      userId: params.actorId,
      action: "topic.delete",
      subjectType: "topic",
      subjectId: topic.id,
      before: { name: topic.name, slug: topic.slug, parentId: topic.parentId },
    });
  });
}
