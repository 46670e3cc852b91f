import type { SearchOutcome } from "@gp/db/search";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { type Expandable, pageHref } from "@/lib/search-url";

/** The facet names of the search's parameters, as keys of the "facets" messages. */
const paramKeys: Record<string, "topic" | "region" | "country" | "institution" | "implementationYear" | "awardYear"> = {
  topic: "topic",
  region: "region",
  country: "country",
  institution: "institution",
  implementedFrom: "implementationYear",
  implementedTo: "implementationYear",
  awardYear: "awardYear",
};

/** What the search did with the input: ignored values, a spelling correction, a query of stop words. */
export function SearchNotices({
  outcome,
  more,
  locale = "en",
}: {
  outcome: SearchOutcome;
  more: Expandable[];
  locale?: Locale;
}) {
  const t = useTranslations("notices");
  const facets = useTranslations("facets");
  const { issues, correction, ignoredQuery, params } = outcome;
  // English pages give the search's own explanation; the others say which field was ignored.
  const issueText = (issue: (typeof issues)[number]) => {
    if (locale === "en") return issue.message;
    const key = paramKeys[issue.param];
    return t("issue", { param: key ? facets(key) : issue.param });
  };
  return (
    <>
      {issues.length ? (
        <div className="gp-alert" data-tone="error">
          <h2 className="gp-alert__title">{t("ignoredTitle")}</h2>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {correction ? (
        <div className="gp-alert gp-suggestion">
          <p>
            {t.rich("correction", {
              from: correction.from,
              to: correction.to,
              link: (text) => (
                <a href={pageHref({ params, more, locale }, { q: correction.to, page: 1 })}>
                  <strong>{text}</strong>
                </a>
              ),
            })}
          </p>
        </div>
      ) : null}
      {ignoredQuery ? (
        <div className="gp-alert">
          <p>{t("ignoredQuery", { q: ignoredQuery })}</p>
        </div>
      ) : null}
    </>
  );
}
