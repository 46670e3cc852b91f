import type { Facets } from "@gp/db/search";
import { useTranslations } from "next-intl";
import type { Namer } from "@/lib/localized-names";
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
  t: ReturnType<typeof useTranslations<"facets">>,
): ShowMore | undefined {
  const expanded = state.more.includes(facet);
  const href = `${pageHref(state, {}, toggled(state.more, facet))}#facet-${field}`;
  if (expanded)
    return list.shown.filter((o) => !o.checked).length > TOP_VALUES
      ? { href, label: t("showFewer", { facet }) }
      : undefined;
  if (list.hidden === 0) return undefined;
  // The institutions are counted up to a limit, so how many there are in all is not known.
  const label =
    facet === "institution"
      ? t("showMoreInstitutions")
      : t("showAll", { facet, count: String(list.shown.length + list.hidden) });
  return { href, label };
}

/** Facet values with their names in the page's language, when it has them. */
function named<T extends { slug: string; name: string }>(
  options: T[],
  name?: (slug: string, fallback: string) => string,
): T[] {
  return name ? options.map((o) => ({ ...o, name: name(o.slug, o.name) })) : options;
}

/** The filters, as checkboxes and selects of the search form, each option with its disjunctive count. */
export function FacetPanel({
  facets,
  state,
  activeCount,
  namer,
}: {
  facets: Facets;
  state: PageState;
  activeCount: number;
  namer?: Namer;
}) {
  const t = useTranslations("facets");
  const td = useTranslations("distinctions");
  const distinctionNames = (options: Facets["distinction"]) =>
    options.map((o) => ({ ...o, name: td.has(o.slug) ? td(o.slug) : o.name }));
  const { params, more } = state;
  const locale = state.locale ?? "en";
  const limit = (facet: Expandable) => (more.includes(facet) ? Infinity : TOP_VALUES);
  // Names in the page's language; the engine's are English.
  const topics = topicList(named(facets.topic, namer?.topic), params.topic, limit("topic"));
  const countries = facetList(named(facets.country, namer?.country), params.country, limit("country"));
  const institutions = facetList(facets.institution, params.institution, limit("institution"));
  const awardYears = facetList(yearOptions(facets.awardYear), params.awardYear.map(String), limit("year"));
  return (
    <details className="gp-filters" id="filters">
      {/* On a phone the summary says Show or Hide (web.css), in the page's language. */}
      <summary data-show={t("show")} data-hide={t("hide")}>
        {t("toggle")}
        {activeCount ? <span className="gp-badge">{t("active", { count: activeCount })}</span> : null}
      </summary>
      <div className="gp-filters__body">
        <h2 className="gp-filters__heading">{t("heading")}</h2>
        <FacetFieldset
          name="topic"
          legend={t("topic")}
          list={topics}
          locale={locale}
          scroll={more.includes("topic")}
          showMore={showMore(state, "topic", "topic", topics, t)}
        />
        <FacetFieldset
          name="region"
          legend={t("region")}
          list={facetList(named(facets.region, namer?.region), params.region)}
          locale={locale}
        />
        <FacetFieldset
          name="country"
          legend={t("country")}
          list={countries}
          locale={locale}
          scroll={more.includes("country")}
          showMore={showMore(state, "country", "country", countries, t)}
        />
        <FacetFieldset
          name="institution"
          legend={t("institution")}
          list={institutions}
          locale={locale}
          scroll={more.includes("institution")}
          showMore={showMore(state, "institution", "institution", institutions, t)}
        />
        <YearRange
          years={facets.implementationYear}
          from={params.implementedFrom}
          to={params.implementedTo}
          locale={locale}
        />
        <FacetFieldset
          name="awardYear"
          legend={t("awardYear")}
          list={awardYears}
          locale={locale}
          scroll={more.includes("year")}
          showMore={showMore(state, "year", "awardYear", awardYears, t)}
        />
        <FacetFieldset
          name="distinction"
          legend={t("distinction")}
          list={facetList(distinctionNames(facets.distinction), params.distinction)}
          locale={locale}
        />
        <button type="submit" className="gp-button gp-filters__apply">
          {t("apply")}
        </button>
      </div>
    </details>
  );
}
