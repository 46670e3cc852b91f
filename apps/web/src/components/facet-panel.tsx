import type { FacetOption, Facets, TopicOption, YearCount, SearchParams } from "@gp/db/search";
import { formatCount } from "@/lib/format";
import { type Html, html, inner } from "@/lib/html";

/** Countries listed in the panel (the most practices first); the map below lists them all. */
const COUNTRIES = 25;

// The options are markup strings (see lib/html.ts): a page shows a couple of hundred of them, and
// as React elements they were a third of the page's rendering time. The fieldsets stay elements.
// A checkbox replaced by a new search keeps the keyboard focus: AutoSubmit puts it back.
function option(name: string, value: string, label: string, count: number, checked: boolean, depth = 0): Html {
  return html`<label class="gp-option"${depth ? html` data-depth="${depth}"` : null}><input type="checkbox" name="${name}"${checked ? html` checked=""` : null} value="${value}"/>${label} <span>${formatCount(count)}</span></label>`;
}

const none = html`<p class="gp-muted">None</p>`;

function Facet({ legend, options, scroll = false }: { legend: string; options: Html; scroll?: boolean }) {
  return (
    <fieldset className="gp-facet">
      <legend>{legend}</legend>
      <div className="gp-facet__options" data-scroll={scroll || undefined} dangerouslySetInnerHTML={inner(options)} />
    </fieldset>
  );
}

function optionList(name: string, options: FacetOption[], selected: string[], limit = Infinity): Html {
  // Selected values stay listed even when nothing else matches them, so they can be unticked.
  const shown = options.filter((o, index) => (o.count > 0 && index < limit) || selected.includes(o.slug));
  const missing = selected.filter((s) => !shown.some((o) => o.slug === s));
  if (shown.length + missing.length === 0) return none;
  return html`${shown.map((o) => option(name, o.slug, o.name, o.count, selected.includes(o.slug)))}${missing.map((slug) => option(name, slug, slug, 0, true))}`;
}

function visibleTopics(topics: TopicOption[], selected: string[]): TopicOption[] {
  // A topic shows when it has practices, is selected, or has a child that shows.
  const keep = new Set(topics.filter((t) => t.count > 0 || selected.includes(t.slug)).map((t) => t.slug));
  for (const t of [...topics].reverse()) if (keep.has(t.slug) && t.parent) keep.add(t.parent);
  return topics.filter((t) => keep.has(t.slug));
}

function YearSelect({
  name,
  label,
  years,
  counts,
  value,
}: {
  name: string;
  label: string;
  years: number[];
  counts: Map<number, number>;
  value?: number;
}) {
  const id = `facet-${name}`;
  const options = html`<option value=""${value === undefined ? html` selected=""` : null}>Any</option>${years.map(
    (y) =>
      html`<option value="${y}"${y === value ? html` selected=""` : null}>${y} (${formatCount(counts.get(y) ?? 0)})</option>`,
  )}`;
  return (
    <div className="gp-year">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} className="gp-select" dangerouslySetInnerHTML={inner(options)} />
    </div>
  );
}

function span(years: YearCount[], value?: number): number[] {
  const all = [...new Set([...years.map((y) => y.year), ...(value ? [value] : [])])].sort((a, b) => a - b);
  if (all.length === 0) return [];
  const out: number[] = [];
  for (let y = all[0]!; y <= all[all.length - 1]!; y++) out.push(y);
  return out;
}

/** The filters, as checkboxes and selects of the search form, each option with its disjunctive count. */
export function FacetPanel({
  facets,
  params,
  activeCount,
}: {
  facets: Facets;
  params: SearchParams;
  activeCount: number;
}) {
  const topics = visibleTopics(facets.topic, params.topic);
  const implemented = span(facets.implementationYear, params.implementedFrom ?? params.implementedTo);
  const implementedCounts = new Map(facets.implementationYear.map((y) => [y.year, y.count]));
  const countries = html`${optionList("country", facets.country, params.country, COUNTRIES)}${
    facets.country.length > COUNTRIES
      ? html`<p class="gp-facet__more"><a href="#search-map">All ${facets.country.length} countries on the map</a></p>`
      : null
  }`;
  return (
    <details className="gp-filters" id="filters">
      <summary>Filters{activeCount ? <span className="gp-badge">{activeCount} active</span> : null}</summary>
      <div className="gp-filters__body">
        <h2 className="gp-filters__heading">Filter practices</h2>
        <Facet
          legend="Topic"
          scroll
          options={
            topics.length
              ? html`${topics.map((t) => option("topic", t.slug, t.name, t.count, params.topic.includes(t.slug), t.depth))}`
              : none
          }
        />
        <Facet legend="Region" options={optionList("region", facets.region, params.region)} />
        <Facet legend="Country" scroll options={countries} />
        <Facet
          legend="Institution"
          scroll
          options={optionList("institution", facets.institution, params.institution)}
        />
        <fieldset className="gp-facet">
          <legend>Implementation year</legend>
          <div className="gp-years">
            <YearSelect
              name="implementedFrom"
              label="From"
              years={implemented}
              counts={implementedCounts}
              value={params.implementedFrom}
            />
            <YearSelect
              name="implementedTo"
              label="To"
              years={implemented}
              counts={implementedCounts}
              value={params.implementedTo}
            />
          </div>
        </fieldset>
        <Facet
          legend="Award year"
          scroll
          options={optionList(
            "awardYear",
            facets.awardYear.map((y) => ({ slug: String(y.year), name: String(y.year), count: y.count })),
            params.awardYear.map(String),
          )}
        />
        <Facet legend="Award distinction" options={optionList("distinction", facets.distinction, params.distinction)} />
        <button type="submit" className="gp-button gp-filters__apply">
          Apply filters
        </button>
      </div>
    </details>
  );
}
