import type { FacetOption, Facets, TopicOption, YearCount } from "@gp/db/queries/facets";
import type { SearchParams } from "@gp/db/queries/search-params";
import { formatCount } from "@/lib/format";

/** Countries listed in the panel (the most practices first); the map below lists them all. */
const COUNTRIES = 25;

// Lean markup: a page shows a few hundred options, and each element is paid twice (HTML and RSC payload).
function Option({ name, value, label, count, checked, depth = 0 }: { name: string; value: string; label: string; count: number; checked: boolean; depth?: number }) {
  return (
    <label className="gp-option" data-depth={depth || undefined}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} />
      {label} <span>{formatCount(count)}</span>
    </label>
  );
}

function Facet({ legend, children, scroll = false }: { legend: string; children: React.ReactNode; scroll?: boolean }) {
  return (
    <fieldset className="gp-facet">
      <legend>{legend}</legend>
      <div className="gp-facet__options" data-scroll={scroll || undefined}>
        {children}
      </div>
    </fieldset>
  );
}

function OptionList({ name, options, selected, limit = Infinity }: { name: string; options: FacetOption[]; selected: string[]; limit?: number }) {
  // Selected values stay listed even when nothing else matches them, so they can be unticked.
  const shown = options.filter((o, index) => (o.count > 0 && index < limit) || selected.includes(o.slug));
  const missing = selected.filter((s) => !shown.some((o) => o.slug === s));
  return (
    <>
      {shown.map((o) => (
        <Option key={o.slug} name={name} value={o.slug} label={o.name} count={o.count} checked={selected.includes(o.slug)} />
      ))}
      {missing.map((slug) => (
        <Option key={slug} name={name} value={slug} label={slug} count={0} checked />
      ))}
      {shown.length + missing.length === 0 ? <p className="gp-muted">None</p> : null}
    </>
  );
}

function visibleTopics(topics: TopicOption[], selected: string[]): TopicOption[] {
  // A topic shows when it has practices, is selected, or has a child that shows.
  const keep = new Set(topics.filter((t) => t.count > 0 || selected.includes(t.slug)).map((t) => t.slug));
  for (const t of [...topics].reverse()) if (keep.has(t.slug) && t.parent) keep.add(t.parent);
  return topics.filter((t) => keep.has(t.slug));
}

function YearSelect({ name, label, years, counts, value }: { name: string; label: string; years: number[]; counts: Map<number, number>; value?: number }) {
  const id = `facet-${name}`;
  return (
    <div className="gp-year">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className="gp-select">
        <option value="">Any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {`${y} (${formatCount(counts.get(y) ?? 0)})`}
          </option>
        ))}
      </select>
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
export function FacetPanel({ facets, params, activeCount }: { facets: Facets; params: SearchParams; activeCount: number }) {
  const topics = visibleTopics(facets.topic, params.topic);
  const implemented = span(facets.implementationYear, params.implementedFrom ?? params.implementedTo);
  const implementedCounts = new Map(facets.implementationYear.map((y) => [y.year, y.count]));
  return (
    <details className="gp-filters" id="filters">
      <summary>
        Filters{activeCount ? <span className="gp-badge">{activeCount} active</span> : null}
      </summary>
      <div className="gp-filters__body">
        <h2 className="gp-filters__heading">Filter practices</h2>
        <Facet legend="Topic" scroll>
          {topics.map((t) => (
            <Option key={t.slug} name="topic" value={t.slug} label={t.name} count={t.count} checked={params.topic.includes(t.slug)} depth={t.depth} />
          ))}
          {topics.length === 0 ? <p className="gp-muted">None</p> : null}
        </Facet>
        <Facet legend="Region">
          <OptionList name="region" options={facets.region} selected={params.region} />
        </Facet>
        <Facet legend="Country" scroll>
          <OptionList name="country" options={facets.country} selected={params.country} limit={COUNTRIES} />
          {facets.country.length > COUNTRIES ? (
            <p className="gp-facet__more">
              <a href="#search-map">All {facets.country.length} countries on the map</a>
            </p>
          ) : null}
        </Facet>
        <Facet legend="Institution" scroll>
          <OptionList name="institution" options={facets.institution} selected={params.institution} />
        </Facet>
        <fieldset className="gp-facet">
          <legend>Implementation year</legend>
          <div className="gp-years">
            <YearSelect name="implementedFrom" label="From" years={implemented} counts={implementedCounts} value={params.implementedFrom} />
            <YearSelect name="implementedTo" label="To" years={implemented} counts={implementedCounts} value={params.implementedTo} />
          </div>
        </fieldset>
        <Facet legend="Award year" scroll>
          <OptionList
            name="awardYear"
            options={facets.awardYear.map((y) => ({ slug: String(y.year), name: String(y.year), count: y.count }))}
            selected={params.awardYear.map(String)}
          />
        </Facet>
        <Facet legend="Award distinction">
          <OptionList name="distinction" options={facets.distinction} selected={params.distinction} />
        </Facet>
        <button type="submit" className="gp-button gp-filters__apply">
          Apply filters
        </button>
      </div>
    </details>
  );
}
