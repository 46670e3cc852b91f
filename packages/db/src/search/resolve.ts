import type { ParamIssue, SearchParams, SlugFacet } from "../queries/search-params";
import { type Resolution, type SelectedValue, valueFilters } from "../queries/search-filter";
import type { Lookups } from "./corpus";
import { lookupIndex } from "./lookup-index";

const nouns: Record<SlugFacet, string> = {
  topic: "topic",
  country: "country",
  region: "region",
  institution: "institution",
};

/** resolveFilter from memory: the slugs of a search as ids (a topic with its descendants); unknown slugs are issues. */
export function resolveInMemory(lookups: Lookups, params: SearchParams): Resolution {
  const issues: ParamIssue[] = [];
  const selected: SelectedValue[] = [];
  const { bySlug, subtree } = lookupIndex(lookups);
  const ids = (facet: SlugFacet, rows: Map<number, { slug: string; name: string }>): number[] | null => {
    if (params[facet].length === 0) return null;
    const index = bySlug(rows);
    const found = new Set<number>();
    for (const slug of params[facet]) {
      const row = index.get(slug);
      if (!row) {
        issues.push({ param: facet, message: `There is no ${nouns[facet]} "${slug}".` });
        continue;
      }
      selected.push({ param: facet, value: slug, name: row.name });
      for (const id of facet === "topic" ? subtree(row.id) : [row.id]) found.add(id);
    }
    return found.size ? [...found].sort((a, b) => a - b) : null;
  };
  const filter = {
    q: params.q,
    topicIds: ids("topic", lookups.topics),
    countryIds: ids("country", lookups.countries),
    regionIds: ids("region", lookups.regions),
    institutionIds: ids("institution", lookups.institutions),
    ...valueFilters(params, selected),
  };
  return { filter, selected, issues };
}
