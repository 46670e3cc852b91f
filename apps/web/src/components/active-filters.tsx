import type { SearchParams, SelectedValue } from "@gp/db/search";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Namer } from "@/lib/localized-names";
import { pageHref, type PageState } from "@/lib/search-url";

/** Each chip's facet, as a key of the "chips" messages. */
const facetKeys = {
  topic: "topic",
  country: "country",
  region: "region",
  institution: "institution",
  implementedFrom: "year",
  implementedTo: "year",
  awardYear: "award",
  distinction: "distinction",
} as const satisfies Record<SelectedValue["param"], string>;

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
export function ActiveFilters({
  state,
  selected,
  namer,
}: {
  state: PageState;
  selected: SelectedValue[];
  namer?: Namer;
}) {
  const t = useTranslations("chips");
  const td = useTranslations("distinctions");
  if (selected.length === 0) return null;
  /** A chip's value in the page's language (the engine names them in English). */
  const valueName = ({ param, value, name }: SelectedValue): string => {
    switch (param) {
      case "implementedFrom":
        return t("from", { year: value });
      case "implementedTo":
        return t("until", { year: value });
      case "awardYear":
        return value;
      case "distinction":
        return td.has(value) ? td(value) : name;
      case "topic":
        return namer ? namer.topic(value, name) : name;
      case "region":
        return namer ? namer.region(value, name) : name;
      case "country":
        return namer ? namer.country(value, name) : name;
      default:
        return name;
    }
  };
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
      <h2 className="gp-visually-hidden">{t("heading")}</h2>
      <ul>
        {selected.map((value) => (
          <li key={`${value.param}:${value.value}`}>
            <Link className="gp-chip" href={pageHref({ ...state, params: without(params, value) })}>
              <span className="gp-visually-hidden">{`${t("remove")} `}</span>
              <span className="gp-chip__facet">{`${t(facetKeys[value.param])}:`}</span> {valueName(value)}
              <span className="gp-chip__x" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="gp-chips__clear" href={cleared}>
        {t("clear")}
      </Link>
    </div>
  );
}
