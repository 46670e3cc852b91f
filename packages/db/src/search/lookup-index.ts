import type { TopicNode } from "../queries/topic-facet-tree";
import type { Lookups } from "./corpus";

type Named = Map<number, { slug: string; name: string }>;

/**
 * What searches derive from the reference rows, computed once per set of lookups (they change only
 * when an institution, country, region or topic is written) rather than on every request.
 */
export interface LookupIndex {
  /** Array sizes for counts by id. */
  sizes: { institutions: number; countries: number; regions: number; topics: number };
  /** Each id's place when ids are ordered as text (the SQL's tie-break in facet lists). */
  textRank: Int32Array;
  /** The topics as tree nodes, for the topic facet. */
  topicNodes: TopicNode[];
  /** Each topic id with every topic under it. */
  subtree: (topicId: number) => number[];
  /** A facet's rows by slug. */
  bySlug: (rows: Named) => Map<string, { id: number; name: string }>;
}

const cache = new WeakMap<Lookups, LookupIndex>();

export function lookupIndex(lookups: Lookups): LookupIndex {
  let index = cache.get(lookups);
  if (!index) cache.set(lookups, (index = build(lookups)));
  return index;
}

function build(lookups: Lookups): LookupIndex {
  const size = (map: Map<number, unknown>) => Math.max(0, ...map.keys()) + 1;
  const sizes = {
    institutions: size(lookups.institutions),
    countries: size(lookups.countries),
    regions: size(lookups.regions),
    topics: size(lookups.topics),
  };
  const largest = Math.max(...Object.values(sizes));
  const textRank = new Int32Array(largest);
  const asText = Array.from({ length: largest }, (_, id) => String(id)).sort();
  asText.forEach((id, rank) => (textRank[Number(id)] = rank));

  const children = new Map<number, number[]>();
  for (const [id, t] of lookups.topics)
    if (t.parentId !== null) children.set(t.parentId, [...(children.get(t.parentId) ?? []), id]);
  const subtrees = new Map<number, number[]>();
  const subtree = (root: number) => {
    let out = subtrees.get(root);
    if (out) return out;
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length)
      for (const c of children.get(stack.pop()!) ?? []) if (!seen.has(c) && seen.add(c)) stack.push(c);
    subtrees.set(root, (out = [...seen]));
    return out;
  };

  const slugMaps = new Map<Named, Map<string, { id: number; name: string }>>();
  const bySlug = (rows: Named) => {
    let out = slugMaps.get(rows);
    if (!out) slugMaps.set(rows, (out = new Map([...rows].map(([id, row]) => [row.slug, { id, name: row.name }]))));
    return out;
  };

  const topicNodes = [...lookups.topics].map(([id, t]) => ({ id, slug: t.slug, name: t.name, parentId: t.parentId }));
  return { sizes, textRank, topicNodes, subtree, bySlug };
}
