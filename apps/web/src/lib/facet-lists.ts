import type { FacetOption, TopicOption, YearCount } from "@gp/db/search";

/** Values a long facet list shows until its "show more" is followed (InstantSearch's default limit). */
export const TOP_VALUES = 10;
/** Institutions listed after "show more": the facet query counts this many at most. */
export const MORE_INSTITUTIONS = 50;

/** What a facet list shows, and how many values with practices it leaves out. */
export interface FacetList<T> {
  shown: T[];
  hidden: number;
}

/** An option of a checkbox list: a facet value, with `checked` when selected. */
export interface ListedOption extends FacetOption {
  checked: boolean;
  depth?: number;
}

/**
 * The options of a facet, in the order given (most practices first, or newest year first): the
 * first `limit` with practices, and every selected value wherever it is, even with none left, so it
 * can be unticked. A selected value the counts do not name at all is listed by its slug.
 */
export function facetList(options: FacetOption[], selected: string[], limit = Infinity): FacetList<ListedOption> {
  const withPractices = options.filter((o) => o.count > 0);
  const top = new Set(withPractices.slice(0, limit));
  const shown = options.filter((o) => top.has(o) || selected.includes(o.slug));
  const missing = selected.filter((slug) => !options.some((o) => o.slug === slug));
  return {
    shown: [
      ...shown.map((o) => ({ ...o, checked: selected.includes(o.slug) })),
      ...missing.map((slug) => ({ slug, name: slug, count: 0, checked: true })),
    ],
    hidden: withPractices.filter((o) => !shown.includes(o)).length,
  };
}

/**
 * The topic tree as the panel lists it: topics with practices or selected, and the parents of those,
 * in tree order. Limited, it keeps the `limit` topics with the most practices (and the selected
 * ones), with their parents so that each still shows where it sits in the tree.
 */
export function topicList(topics: TopicOption[], selected: string[], limit = Infinity): FacetList<ListedOption> {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const keep = new Set<string>();
  const addWithParents = (slug: string) => {
    for (let t = bySlug.get(slug); t && !keep.has(t.slug); t = t.parent ? bySlug.get(t.parent) : undefined)
      keep.add(t.slug);
  };
  const withPractices = topics.filter((t) => t.count > 0);
  const top = [...withPractices].sort((a, b) => b.count - a.count).slice(0, limit);
  for (const slug of [...top.map((t) => t.slug), ...selected]) addWithParents(slug);
  const missing = selected.filter((slug) => !bySlug.has(slug));
  return {
    shown: [
      ...topics
        .filter((t) => keep.has(t.slug))
        .map((t) => ({
          slug: t.slug,
          name: t.name,
          count: t.count,
          depth: t.depth,
          checked: selected.includes(t.slug),
        })),
      ...missing.map((slug) => ({ slug, name: slug, count: 0, checked: true })),
    ],
    hidden: withPractices.filter((t) => !keep.has(t.slug)).length,
  };
}

/** Award years as facet options, newest first. */
export function yearOptions(years: YearCount[]): FacetOption[] {
  return years.map((y) => ({ slug: String(y.year), name: String(y.year), count: y.count }));
}

/** Every year from the first to the last one with practices or selected, for a range's selects. */
export function yearSpan(years: YearCount[], selected: Array<number | undefined> = []): number[] {
  const all = [...years.map((y) => y.year), ...selected.filter((y) => y !== undefined)];
  if (all.length === 0) return [];
  const out: number[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) out.push(y);
  return out;
}
