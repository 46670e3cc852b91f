import type { MapCountry } from "@gp/db/practices";
import type { FacetOption } from "@gp/db/search";
import Link from "next/link";
import { plural } from "@/lib/format";
import { pageHref, type PageState, toggled } from "@/lib/search-url";
import { WorldMap } from "./world-map";

const ID = "search-map";

/**
 * Where the matching practices come from: a world map and its table. It is a long list (a link
 * per country, twice), so, like the long facets, the page shows it when asked (`more=map`): at
 * 100k practices it would be two fifths of the page's weight. Plain links: no JavaScript needed.
 */
export function SearchMap({
  state,
  counts,
  countries,
}: {
  state: PageState;
  counts: FacetOption[];
  countries: MapCountry[];
}) {
  const withPractices = counts.filter((c) => c.count > 0).length;
  if (withPractices === 0) return null;
  const toggle = `${pageHref(state, {}, toggled(state.more, "map"))}#${ID}`;
  if (!state.more.includes("map"))
    return (
      <p className="gp-map gp-map--folded" id={ID}>
        <Link href={toggle} scroll={false} prefetch={false}>
          {`Show where the matching practices come from on a map (${plural(withPractices, "country", "countries")})`}
        </Link>
      </p>
    );
  return (
    <WorldMap
      id={ID}
      title="Where the matching practices come from"
      counts={counts}
      countries={countries}
      selected={state.params.country}
      hrefFor={(slug) => pageHref(state, { country: [slug], page: 1 })}
      action={
        <p className="gp-map__hide">
          <Link href={toggle} scroll={false} prefetch={false}>
            Hide the map
          </Link>
        </p>
      }
    />
  );
}
