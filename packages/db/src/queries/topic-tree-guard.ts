import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** Serialises changes to the tree's shape (move, merge, delete) across connections and instances. */
const TOPIC_TREE_LOCK = 727_003;

/**
 * Taken first by every change to the tree's shape, so each one's cycle check sees the others'
 * commits: two moves at once (X under Y, Y under X) would each pass their check and together make
 * a cycle. Held to the end of the transaction.
 */
export async function lockTopicTree(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TOPIC_TREE_LOCK})`);
}

/**
 * Whether `id` is `ancestorId` or lies under it. UNION (not UNION ALL) drops a row already seen,
 * so the walk visits each topic once at most: even a tree that somehow holds a cycle cannot make
 * this query run for ever.
 */
export async function isAtOrUnder(tx: Db, id: number, ancestorId: number): Promise<boolean> {
  const [hit] = await tx.execute(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from topics where id = ${id}
      union select t.id, t.parent_id from topics t join up on t.id = up.parent_id)
    select 1 from up where id = ${ancestorId} limit 1`);
  return hit !== undefined;
}
