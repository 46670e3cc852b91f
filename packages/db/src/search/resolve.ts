import type { ParamIssue, SearchParams, SlugFacet } from "../queries/search-params";
import { distinctions } from "../domain";
import type { Resolution, SelectedValue } from "../queries/search-filter";
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
    implementedFrom: params.implementedFrom,
    implementedTo: params.implementedTo,
    awardYears: params.awardYear.length ? params.awardYear : null,
    distinctions: params.distinction.length
      ? params.distinction.map((slug) => distinctions.find((d) => d.slug === slug)!.value)
      : null,
  };
  if (params.implementedFrom !== undefined)
    selected.push({
      param: "implementedFrom",
      value: String(params.implementedFrom),
      name: `Implemented from ${params.implementedFrom}`,
    });
  if (params.implementedTo !== undefined)
    selected.push({
      param: "implementedTo",
      value: String(params.implementedTo),
      name: `Implemented until ${params.implementedTo}`,
    });
  for (const year of params.awardYear)
    selected.push({ param: "awardYear", value: String(year), name: `Awarded ${year}` });
  for (const slug of params.distinction)
    selected.push({ param: "distinction", value: slug, name: distinctions.find((d) => d.slug === slug)!.name });
  return { filter, selected, issues };
}
