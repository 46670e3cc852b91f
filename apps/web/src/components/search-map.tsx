import type { MapCountry } from "@gp/db/practices";
import type { FacetOption } from "@gp/db/search";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Namer } from "@/lib/localized-names";
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
  namer,
}: {
  state: PageState;
  counts: FacetOption[];
  countries: MapCountry[];
  namer?: Namer;
}) {
  const t = useTranslations("map");
  const withPractices = counts.filter((c) => c.count > 0).length;
  if (withPractices === 0) return null;
  const toggle = `${pageHref(state, {}, toggled(state.more, "map"))}#${ID}`;
  if (!state.more.includes("map"))
    return (
      <p className="gp-map gp-map--folded" id={ID}>
        <Link href={toggle} scroll={false} prefetch={false}>
          {t("show", { count: withPractices })}
        </Link>
      </p>
    );
  return (
    <WorldMap
      id={ID}
      title={t("title")}
      locale={state.locale}
      namer={namer}
      counts={counts}
      countries={countries}
      selected={state.params.country}
      hrefFor={(slug) => pageHref(state, { country: [slug], page: 1 })}
      action={
        <p className="gp-map__hide">
          <Link href={toggle} scroll={false} prefetch={false}>
            {t("hide")}
          </Link>
        </p>
      }
    />
  );
}
