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
import { formatCount, plural } from "@/lib/format";
import { loadSearchPage } from "@/lib/search";
import { pageHref, pageQuery, type PageState, parseMore, sameQuery } from "@/lib/search-url";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  const text = typeof q === "string" ? q.trim().slice(0, 80) : "";
  return { title: text ? `“${text}” – search` : "Search practices", alternates: { canonical: "/practices" } };
}

/** The query string as it came, for comparison with the canonical one. */
function given(raw: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") query.append(key, v);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = parseSearchParams(raw);
  const more = parseMore(raw);
  // A form sent without JavaScript carries empty fields: answer with the tidy URL of the same search.
  const canonical = pageQuery({ params: parsed.params, more });
  if (parsed.issues.length === 0 && !sameQuery(canonical, given(raw))) redirect(`/practices${canonical}`);
  const { outcome, countries } = await loadSearchPage(parsed, more);
  const { params, results, facets } = outcome;
  const page: PageState = { params, more };
  const state = toQueryString(params);
  // The open data ignore `more`: their links carry the search alone.
  const withoutPage = toQueryString(params, { page: 1 });
  const first = (results.page - 1) * results.pageSize + 1;
  const heading = results.total === 0 ? "No practices found" : `${plural(results.total, "practice")}`;

  return (
    <div className="gp-search">
      <h1 className="gp-visually-hidden">Search practices</h1>
      {/* One form holds the query, the filters and the sort, so that any of its buttons sends them all. */}
      <form id="search" action="/practices" method="get">
        <div role="search" className="gp-searchbar">
          <label htmlFor="q" className="gp-searchbar__label">
            Search practices
          </label>
          <div className="gp-searchbar__row">
            <input
              id="q"
              name="q"
              type="search"
              className="gp-input"
              defaultValue={params.q}
              maxLength={300}
              placeholder='e.g. pension "online services" -fraud'
              aria-describedby="q-hint"
            />
            <button type="submit" className="gp-button">
              Search
            </button>
          </div>
          <p id="q-hint" className="gp-field__hint">
            Use quotes for a phrase, a minus sign to exclude a word, and “or” for either word.
          </p>
          {params.pageSize !== 20 ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
          {more.length ? <input type="hidden" name="more" value={more.join(",")} /> : null}
        </div>

        <SearchNotices outcome={outcome} more={more} />

        <div className="gp-search__layout">
          {facets ? <FacetPanel facets={facets} state={page} activeCount={outcome.selected.length} /> : null}

          <section className="gp-search__results" aria-labelledby="results-heading">
            <div className="gp-results-head">
              <div>
                <h2 id="results-heading" className="gp-results-head__count" aria-live="polite">
                  {heading}
                  {outcome.filter.q ? <span className="gp-results-head__for"> for “{outcome.filter.q}”</span> : null}
                </h2>
                {results.items.length ? (
                  <p className="gp-muted gp-results-head__range">
                    Showing {formatCount(first)}–{formatCount(first + results.items.length - 1)}
                  </p>
                ) : null}
              </div>
              <div className="gp-results-head__tools">
                <label htmlFor="sort">Sort by</label>
                <select
                  id="sort"
                  name="sort"
                  defaultValue={params.sort === "relevance" ? "" : (params.sort ?? "")}
                  className="gp-select"
                >
                  {/* The default: relevance with a query, the newest awards without one. */}
                  <option value="">Best match</option>
                  <option value="newest-award">Newest award</option>
                  <option value="newest-implementation">Newest implementation</option>
                </select>
                <noscript>
                  <button type="submit" className="gp-button" data-variant="secondary">
                    Sort
                  </button>
                </noscript>
              </div>
            </div>

            <ActiveFilters state={page} selected={outcome.selected} />

            {results.items.length ? (
              <ol className="gp-results" start={first}>
                <ResultCards cards={cardsData(results.items)} />
              </ol>
            ) : (
              <div className="gp-empty">
                <p>
                  {results.total > 0
                    ? `This page is past the last page of results.`
                    : "No practice matches this search."}
                </p>
                <p>
                  Try fewer words or filters, or <Link href="/practices">start again</Link>.
                </p>
              </div>
            )}

            <Pagination
              page={results.page}
              total={results.total}
              pageSize={results.pageSize}
              hrefFor={(n) => pageHref(page, { page: n })}
            />

            <aside className="gp-downloads" aria-label="Open data">
              <span>Download these {plural(results.total, "practice")}:</span>
              <a href={`/download/practices.csv${withoutPage}`} download>
                CSV
              </a>
              <a href={`/download/practices.json${withoutPage}`} download>
                JSON
              </a>
              <a href={`/feed.xml${withoutPage}`}>Atom feed</a>
              <a href={`/api/practices${state}`}>API</a>
            </aside>
          </section>
        </div>
      </form>
      <AutoSubmit formId="search" state={state} />

      {facets ? <SearchMap state={page} counts={facets.country} countries={countries} /> : null}
    </div>
  );
}
