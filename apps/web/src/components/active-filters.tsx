import type { SearchParams, SelectedValue } from "@gp/db/search";
import Link from "next/link";
import { pageHref, type PageState } from "@/lib/search-url";

const labels: Record<SelectedValue["param"], string> = {
  topic: "Topic",
  country: "Country",
  region: "Region",
  institution: "Institution",
  implementedFrom: "Year",
  implementedTo: "Year",
  awardYear: "Award",
  distinction: "Distinction",
};

/** The search without one selected value. */
function without(params: SearchParams, value: SelectedValue): SearchParams {
  const next: SearchParams = { ...params, page: 1 };
  switch (value.param) {
    case "implementedFrom":
      delete next.implementedFrom;
      break;
    case "implementedTo":
      delete next.implementedTo;
      break;
    case "awardYear":
      next.awardYear = params.awardYear.filter((y) => String(y) !== value.value);
      break;
    case "distinction":
      next.distinction = params.distinction.filter((d) => d !== value.value);
      break;
    default:
      next[value.param] = params[value.param].filter((s) => s !== value.value);
  }
  return next;
}

/** Chips for the active filters, each removing itself, and "clear all" (which keeps the query). */
export function ActiveFilters({ state, selected }: { state: PageState; selected: SelectedValue[] }) {
  if (selected.length === 0) return null;
  const { params } = state;
  const cleared = pageHref(state, {
    topic: [],
    country: [],
    region: [],
    institution: [],
    awardYear: [],
    distinction: [],
    implementedFrom: undefined,
    implementedTo: undefined,
    page: 1,
  });
  return (
    <div className="gp-chips">
      <h2 className="gp-visually-hidden">Active filters</h2>
      <ul>
        {selected.map((value) => (
          <li key={`${value.param}:${value.value}`}>
            <Link className="gp-chip" href={pageHref({ ...state, params: without(params, value) })}>
              <span className="gp-visually-hidden">Remove filter </span>
              <span className="gp-chip__facet">{labels[value.param]}:</span>{" "}
              {value.name.replace(/^(Implemented|Awarded) /, "")}
              <span className="gp-chip__x" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="gp-chips__clear" href={cleared}>
        Clear all filters
      </Link>
    </div>
  );
}
