import { useTranslations } from "next-intl";
import Link from "next/link";

/** Page links: first, last, and two either side of the current page. Plain links, so no JavaScript is needed. */
export function Pagination({
  page,
  total,
  pageSize,
  hrefFor,
}: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("pagination");
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last === 1 && page === 1) return null;
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, last])]
    .filter((p) => p >= 1 && p <= last)
    .sort((a, b) => a - b);
  return (
    <nav className="gp-pagination" aria-label={t("label")}>
      <ul>
        <li>
          {page > 1 ? (
            <Link href={hrefFor(Math.min(page - 1, last))} rel="prev">
              {t("previous")}
            </Link>
          ) : (
            <span aria-disabled="true">{t("previous")}</span>
          )}
        </li>
        {pages.map((p, index) => (
          <li key={p}>
            {index > 0 && p - pages[index - 1]! > 1 ? (
              <span className="gp-pagination__gap" aria-hidden="true">
                …
              </span>
            ) : null}
            {/* "Page 2" to a screen reader (the name holds the number shown), in fewer bytes than a hidden span. */}
            <Link href={hrefFor(p)} aria-label={`${t("page")} ${p}`} aria-current={p === page ? "page" : undefined}>
              {p}
            </Link>
          </li>
        ))}
        <li>
          {page < last ? (
            <Link href={hrefFor(page + 1)} rel="next">
              {t("next")}
            </Link>
          ) : (
            <span aria-disabled="true">{t("next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
