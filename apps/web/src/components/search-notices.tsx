import type { SearchOutcome } from "@gp/db/search";
import { type Expandable, pageHref } from "@/lib/search-url";

/** What the search did with the input: ignored values, a spelling correction, a query of stop words. */
export function SearchNotices({ outcome, more }: { outcome: SearchOutcome; more: Expandable[] }) {
  const { issues, correction, ignoredQuery, params } = outcome;
  return (
    <>
      {issues.length ? (
        <div className="gp-alert" data-tone="error">
          <h2 className="gp-alert__title">Part of this search was ignored</h2>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{issue.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {correction ? (
        <div className="gp-alert gp-suggestion">
          <p>
            No practice matches “{correction.from}”. Did you mean{" "}
            <a href={pageHref({ params, more }, { q: correction.to, page: 1 })}>
              <strong>{correction.to}</strong>
            </a>
            ? Showing its results.
          </p>
        </div>
      ) : null}
      {ignoredQuery ? (
        <div className="gp-alert">
          <p>“{ignoredQuery}” has only very common words, which are not searched; showing all practices.</p>
        </div>
      ) : null}
    </>
  );
}
