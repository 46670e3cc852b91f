import type { Facets } from "@gp/db/search";
import { facetList, type FacetList, type ListedOption, TOP_VALUES, topicList, yearOptions } from "@/lib/facet-lists";
import { type Expandable, pageHref, type PageState, toggled } from "@/lib/search-url";
import { FacetFieldset, type ShowMore } from "./facet-options";
import { YearRange } from "./year-range";

/**
 * The "show more" link of a long list: all of it when some values are left out, the top values
 * again when it is shown in full. `total` is how many values it has, when known.
 */
function showMore(
  state: PageState,
  facet: Expandable,
  field: string,
  list: FacetList<ListedOption>,
  noun: string,
): ShowMore | undefined {
  const expanded = state.more.includes(facet);
  const href = `${pageHref(state, {}, toggled(state.more, facet))}#facet-${field}`;
  if (expanded)
    return list.shown.filter((o) => !o.checked).length > TOP_VALUES ? { href, label: `Show fewer ${noun}` } : undefined;
  if (list.hidden === 0) return undefined;
  // The institutions are counted up to a limit, so how many there are in all is not known.
  const label = facet === "institution" ? `Show more ${noun}` : `Show all ${list.shown.length + list.hidden} ${noun}`;
  return { href, label };
}

/** The filters, as checkboxes and selects of the search form, each option with its disjunctive count. */
export function FacetPanel({ facets, state, activeCount }: { facets: Facets; state: PageState; activeCount: number }) {
  const { params, more } = state;
  const limit = (facet: Expandable) => (more.includes(facet) ? Infinity : TOP_VALUES);
  const topics = topicList(facets.topic, params.topic, limit("topic"));
  const countries = facetList(facets.country, params.country, limit("country"));
  const institutions = facetList(facets.institution, params.institution, limit("institution"));
  const awardYears = facetList(yearOptions(facets.awardYear), params.awardYear.map(String), limit("year"));
  return (
    <details className="gp-filters" id="filters">
      <summary>Filters{activeCount ? <span className="gp-badge">{activeCount} active</span> : null}</summary>
      <div className="gp-filters__body">
        <h2 className="gp-filters__heading">Filter practices</h2>
        <FacetFieldset
          name="topic"
          legend="Topic"
          list={topics}
          scroll={more.includes("topic")}
          showMore={showMore(state, "topic", "topic", topics, "topics")}
        />
        <FacetFieldset name="region" legend="Region" list={facetList(facets.region, params.region)} />
        <FacetFieldset
          name="country"
          legend="Country"
          list={countries}
          scroll={more.includes("country")}
          showMore={showMore(state, "country", "country", countries, "countries")}
        />
        <FacetFieldset
          name="institution"
          legend="Institution"
          list={institutions}
          scroll={more.includes("institution")}
          showMore={showMore(state, "institution", "institution", institutions, "institutions")}
        />
        <YearRange years={facets.implementationYear} from={params.implementedFrom} to={params.implementedTo} />
        <FacetFieldset
          name="awardYear"
          legend="Award year"
          list={awardYears}
          scroll={more.includes("year")}
          showMore={showMore(state, "year", "awardYear", awardYears, "years")}
        />
        <FacetFieldset
          name="distinction"
          legend="Award distinction"
          list={facetList(facets.distinction, params.distinction)}
        />
        <button type="submit" className="gp-button gp-filters__apply">
          Apply filters
        </button>
      </div>
    </details>
  );
}
