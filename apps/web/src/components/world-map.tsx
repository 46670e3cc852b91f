import type { FacetOption } from "@gp/db/search";
import type { MapCountry } from "@gp/db/practices";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { Namer } from "@/lib/localized-names";
import { formatCount } from "@/lib/format";
import { MAP_HEIGHT, MAP_WIDTH } from "@/lib/world-map-size";
import { MapShapes, type MapRow, MapTableRows } from "./map-countries";

export interface WorldMapProps {
  /** Practices per country (countries without any may be left out). */
  counts: FacetOption[];
  countries: MapCountry[];
  /** The link of a country: usually the search filtered to it. */
  hrefFor: (slug: string) => string;
  /** Countries currently selected, outlined. */
  selected?: string[];
  title: string;
  /** Used for the ids that tie the SVG to its title; unique per page. */
  id: string;
  /** Shown under the title, e.g. a link that hides the map. */
  action?: ReactNode;
  locale?: Locale;
  /** Countries' names in the page's language. */
  namer?: Namer;
}

/** The outlines (see app/map/world.svg). */
const WORLD = "/map/world.svg#world";

// The colours are in web.css (.gp-map__shade-0 to -4): classes, not style attributes, which the
// Content-Security-Policy does not allow.
const SHADES = 5;

/** Five shades from light to the accent; a log scale, as counts are very uneven between countries. */
function shade(count: number, max: number): number {
  return Math.max(0, Math.min(SHADES - 1, Math.floor((Math.log(count + 1) / Math.log(max + 1)) * SHADES - 1e-9)));
}

/**
 * A world map as SVG, drawn without JavaScript: countries shaded by their practices, each linking to
 * its filter. The map is for the eye and the mouse; the table below it carries the same links
 * for keyboards and screen readers.
 */
export function WorldMap({
  counts,
  countries,
  hrefFor,
  selected = [],
  title,
  id,
  action,
  locale = "en",
  namer,
}: WorldMapProps) {
  const t = useTranslations("map");
  const max = Math.max(1, ...counts.map((c) => c.count));
  const picked = new Set(selected);
  const withPractices = counts
    .filter((c) => c.count > 0)
    .map((c) => (namer ? { ...c, name: namer.country(c.slug, c.name) } : c))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));

  const numericOf = new Map(countries.map((c) => [c.slug, c.numeric]));
  // One list for the shapes and the table: the page's flight data carries it once.
  const rows = withPractices.map((c): MapRow => {
    const numeric = numericOf.get(c.slug);
    return {
      name: c.name,
      href: hrefFor(c.slug),
      count: formatCount(c.count, locale),
      shade: shade(c.count, max),
      ...(numeric ? { numeric } : {}),
      ...(picked.has(c.slug) ? { selected: true } : {}),
    };
  });
  return (
    <figure className="gp-map" id={id} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="gp-map__title">
        {title}
      </figcaption>
      {action}
      {/* Hidden from assistive technology: the table below is the accessible version. */}
      {/* The outlines come from one cached file; only the shading and the links are per page. */}
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="gp-map__svg" aria-hidden="true" focusable="false">
        <use href={WORLD} className="gp-map__land" />
        <MapShapes rows={rows} words={[t("one"), t("other")]} />
      </svg>
      <div className="gp-map__legend" aria-hidden="true">
        <span>{t("fewer")}</span>
        {Array.from({ length: SHADES }, (_, level) => (
          <span key={level} className={`gp-map__swatch gp-map__shade-${level}`} />
        ))}
        <span>{t("more")}</span>
      </div>
      <details className="gp-map__table">
        <summary>{t("table", { count: withPractices.length })}</summary>
        <table>
          <caption className="gp-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              <th scope="col">{t("practices")}</th>
            </tr>
          </thead>
          <tbody>
            <MapTableRows rows={rows} />
          </tbody>
        </table>
      </details>
    </figure>
  );
}
