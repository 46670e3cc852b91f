import { parseSearchParams, toQueryString } from "@gp/db/search";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActiveFilters } from "@/components/active-filters";
import { AutoSubmit } from "@/components/auto-submit";
import { FacetPanel } from "@/components/facet-panel";
import { Pagination } from "@/components/pagination";
import { ResultCards } from "@/components/result-cards";
import { SearchNotices } from "@/components/search-notices";
import { SearchMap } from "@/components/search-map";
import { cardsData } from "@/lib/card-data";
import { getTranslations } from "next-intl/server";
import { alternates, localePath } from "@/i18n/paths";
import { cardSetup } from "@/lib/card-labels";
import { formatCount } from "@/lib/format";
import { pageLocale } from "@/lib/page-locale";
import { loadSearchPage } from "@/lib/search";
import { pageHref, pageQuery, type PageState, parseMore, sameQuery } from "@/lib/search-url";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  const q = (await searchParams).q;
  const text = typeof q === "string" ? q.trim().slice(0, 80) : "";
  return { title: text ? t("metaQuery", { q: text }) : t("metaTitle"), alternates: alternates(locale, "/practices") };
}

/** The query string as it came, for comparison with the canonical one. */
function given(raw: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") query.append(key, v);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export default async function SearchPage({ params: routeParams, searchParams }: Props) {
  const locale = await pageLocale(routeParams);
  const raw = await searchParams;
  const parsed = parseSearchParams(raw);
  const more = parseMore(raw);
  // A form sent without JavaScript carries empty fields: answer with the tidy URL of the same search.
  const canonical = pageQuery({ params: parsed.params, more });
  const path = localePath(locale, "/practices");
  if (parsed.issues.length === 0 && !sameQuery(canonical, given(raw))) redirect(`${path}${canonical}`);
  const [{ outcome, countries }, t, cards] = await Promise.all([
    loadSearchPage(parsed, more, locale),
    getTranslations("search"),
    cardSetup(locale),
  ]);
  const { params, results, facets } = outcome;
  const page: PageState = { params, more, locale };
  const state = toQueryString(params);
  // The open data ignore `more`: their links carry the search alone.
  const withoutPage = toQueryString(params, { page: 1 });
  // The open data in the page's language: the API and downloads by `lang`, the feed by its address.
  const lang = locale === "en" ? "" : `${withoutPage ? "&" : "?"}lang=${locale}`;
  const apiLang = locale === "en" ? "" : `${state ? "&" : "?"}lang=${locale}`;
  const first = (results.page - 1) * results.pageSize + 1;
  const heading = t("count", { count: results.total });

  return (
    <div className="gp-search">
      <h1 className="gp-visually-hidden">{t("label")}</h1>
      {/* One form holds the query, the filters and the sort, so that any of its buttons sends them all. */}
      <form id="search" action={path} method="get">
        <div role="search" className="gp-searchbar">
          <label htmlFor="q" className="gp-searchbar__label">
            {t("label")}
          </label>
          <div className="gp-searchbar__row">
            <input
              id="q"
              name="q"
              type="search"
              className="gp-input"
              defaultValue={params.q}
              maxLength={300}
              placeholder={t("placeholder")}
              aria-describedby="q-hint"
            />
            <button type="submit" className="gp-button">
              {t("button")}
            </button>
          </div>
          <p id="q-hint" className="gp-field__hint">
            {t("hint")}
          </p>
          {params.pageSize !== 20 ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
          {more.length ? <input type="hidden" name="more" value={more.join(",")} /> : null}
        </div>

        <SearchNotices outcome={outcome} more={more} locale={locale} />

        <div className="gp-search__layout">
          {facets ? (
            <FacetPanel
              facets={facets}
              state={page}
              activeCount={outcome.selected.length}
              namer={cards.context.namer}
            />
          ) : null}

          <section className="gp-search__results" aria-labelledby="results-heading">
            <div className="gp-results-head">
              <div>
                <h2 id="results-heading" className="gp-results-head__count" aria-live="polite">
                  {heading}
                  {outcome.filter.q ? (
                    <span className="gp-results-head__for">{t("for", { q: outcome.filter.q })}</span>
                  ) : null}
                </h2>
                {results.items.length ? (
                  <p className="gp-muted gp-results-head__range">
                    {t("showing", {
                      from: formatCount(first, locale),
                      to: formatCount(first + results.items.length - 1, locale),
                    })}
                  </p>
                ) : null}
              </div>
              <div className="gp-results-head__tools">
                <label htmlFor="sort">{t("sortBy")}</label>
                <select
                  id="sort"
                  name="sort"
                  defaultValue={params.sort === "relevance" ? "" : (params.sort ?? "")}
                  className="gp-select"
                >
                  {/* The default: relevance with a query, the newest awards without one. */}
                  <option value="">{t("sortBest")}</option>
                  <option value="newest-award">{t("sortNewestAward")}</option>
                  <option value="newest-implementation">{t("sortNewestImplementation")}</option>
                </select>
                <noscript>
                  <button type="submit" className="gp-button" data-variant="secondary">
                    {t("sortButton")}
                  </button>
                </noscript>
              </div>
            </div>

            <ActiveFilters state={page} selected={outcome.selected} namer={cards.context.namer} />

            {results.items.length ? (
              <ol className="gp-results" start={first}>
                <ResultCards {...cardsData(results.items, { context: cards.context })} labels={cards.labels} />
              </ol>
            ) : (
              <div className="gp-empty">
                <p>{results.total > 0 ? t("pastLast") : t("noMatch")}</p>
                <p>{t.rich("tryFewer", { link: (text) => <Link href={path}>{text}</Link> })}</p>
              </div>
            )}

            <Pagination
              page={results.page}
              total={results.total}
              pageSize={results.pageSize}
              hrefFor={(n) => pageHref(page, { page: n })}
            />

            <aside className="gp-downloads" aria-label={t("openData")}>
              <span>{t("download", { count: results.total })}</span>
              <a href={`/download/practices.csv${withoutPage}${lang}`} download>
                {t("csv")}
              </a>
              <a href={`/download/practices.json${withoutPage}${lang}`} download>
                {t("json")}
              </a>
              <a href={`${localePath(locale, "/feed.xml")}${withoutPage}`}>{t("feed")}</a>
              <a href={`/api/practices${state}${apiLang}`}>{t("api")}</a>
            </aside>
          </section>
        </div>
      </form>
      <AutoSubmit formId="search" state={state} />

      {facets ? (
        <SearchMap state={page} counts={facets.country} countries={countries} namer={cards.context.namer} />
      ) : null}
    </div>
  );
}
