// The topic tree as the topic facet shows it: tree order, depths, and each topic's descendants
// (a parent counts the practices of its children).
import { sql } from "drizzle-orm";
import type { Db } from "../client-core";
import type { TopicOption } from "./facet-types";

export type TopicNode = {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
};

/** Every topic id under each topic (itself included), from the parent links; cycles are cut. */
export function descendants(topics: TopicNode[]): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const t of topics)
    if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Map<number, number[]>();
  for (const t of topics) {
    const seen = new Set<number>([t.id]);
    const stack = [t.id];
    while (stack.length) {
      for (const c of children.get(stack.pop()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        stack.push(c);
      }
    }
    out.set(t.id, [...seen]);
  }
  return out;
}

type Ordered = Array<TopicNode & { depth: number; parent: string | null }>;
// The search index passes the same topics on every search: their order is worked out once.
const orders = new WeakMap<TopicNode[], Ordered>();

/** Topics in tree order (parents, then their children by name), with depths. */
export function treeOrder(topics: TopicNode[]): Ordered {
  let out = orders.get(topics);
  if (!out) orders.set(topics, (out = order(topics)));
  return out;
}

function order(topics: TopicNode[]): Ordered {
  const byParent = new Map<number | null, TopicNode[]>();
  const ids = new Set(topics.map((t) => t.id));
  for (const t of topics) {
    const parent = t.parentId !== null && ids.has(t.parentId) ? t.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), t]);
  }
  const slugOf = new Map(topics.map((t) => [t.id, t.slug]));
  const out: Ordered = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const t of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push({ ...t, depth, parent: parent === null ? null : slugOf.get(parent)! });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export function loadTopics(db: Db): Promise<TopicNode[]> {
  return db.execute<TopicNode>(sql`select id, slug, name, parent_id as "parentId" from topics`);
}

export function topicOptions(topics: TopicNode[], counts: Map<number, number>): TopicOption[] {
  return treeOrder(topics).map((t) => ({
    slug: t.slug,
    name: t.name,
    parent: t.parent,
    depth: t.depth,
    count: counts.get(t.id) ?? 0,
  }));
}
