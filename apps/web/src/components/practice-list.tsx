import type { PracticePage } from "@gp/db/search";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CardContext } from "@/lib/card-data";
import { cardsData } from "@/lib/card-data";
import { Pagination } from "./pagination";
import { type CardLabels, ResultCards } from "./result-cards";

/** A paged list of practices for the browse pages, with a way into the full search. */
export function PracticeList({
  results,
  heading,
  pageHref,
  searchHref,
  cards,
}: {
  results: PracticePage;
  heading: string;
  pageHref: (page: number) => string;
  searchHref: string;
  cards: { labels: CardLabels; context: CardContext };
}) {
  const t = useTranslations("browse");
  return (
    <section className="gp-browse-list" aria-labelledby="practices-heading">
      <div className="gp-results-head">
        <h2 id="practices-heading" className="gp-results-head__count">
          {heading} <span className="gp-muted">({t("count", { count: results.total })})</span>
        </h2>
        <Link href={searchHref} className="gp-button" data-variant="secondary">
          {t("refine")}
        </Link>
      </div>
      {results.items.length ? (
        <ol className="gp-results">
          <ResultCards {...cardsData(results.items, { context: cards.context })} labels={cards.labels} />
        </ol>
      ) : (
        <p className="gp-empty">{results.total ? t("pastLast") : t("nonePublished")}</p>
      )}
      <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={pageHref} />
    </section>
  );
}
