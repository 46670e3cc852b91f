import type { PracticePage } from "@gp/db/search";
import Link from "next/link";
import { plural } from "@/lib/format";
import { Pagination } from "./pagination";
import { cardsData } from "@/lib/card-data";
import { ResultCards } from "./result-cards";

/** A paged list of practices for the browse pages, with a way into the full search. */
export function PracticeList({
  results,
  heading,
  pageHref,
  searchHref,
}: {
  results: PracticePage;
  heading: string;
  pageHref: (page: number) => string;
  searchHref: string;
}) {
  return (
    <section className="gp-browse-list" aria-labelledby="practices-heading">
      <div className="gp-results-head">
        <h2 id="practices-heading" className="gp-results-head__count">
          {heading} <span className="gp-muted">({plural(results.total, "practice")})</span>
        </h2>
        <Link href={searchHref} className="gp-button" data-variant="secondary">
          Refine in search
        </Link>
      </div>
      {results.items.length ? (
        <ol className="gp-results">
          <ResultCards cards={cardsData(results.items)} />
        </ol>
      ) : (
        <p className="gp-empty">{results.total ? "This page is past the last page." : "No published practice yet."}</p>
      )}
      <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={pageHref} />
    </section>
  );
}
