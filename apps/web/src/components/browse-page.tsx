import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { browsePractices } from "@/lib/browse";
import { cardSetup } from "@/lib/card-labels";
import { PracticeList } from "./practice-list";

/** The one filter a browse page fixes, as the search page's parameter for it. */
export type BrowseFilter = { country: string } | { topic: string } | { institution: string };

export interface BrowseLink {
  href: string;
  label: ReactNode;
}

/**
 * The shell of the country, topic and institution pages: breadcrumb, title, what the page adds
 * (children), then its published practices, paged by ?page=N under `path`, with a way into the
 * search that has the same filter.
 */
export async function BrowsePage(props: {
  filter: BrowseFilter;
  page: string | string[] | undefined;
  path: string;
  crumbs: BrowseLink[];
  title: ReactNode;
  heading: string;
  locale: Locale;
  children?: ReactNode;
}) {
  const { filter, path, crumbs, title, heading, children, locale } = props;
  const [results, cards, t] = await Promise.all([
    browsePractices(filter, props.page, locale),
    cardSetup(locale),
    getTranslations("browse"),
  ]);
  return (
    <div className="gp-browse">
      <nav aria-label={t("breadcrumb")} className="gp-breadcrumb">
        <ol>
          {crumbs.map((crumb) => (
            <li key={crumb.href}>
              <Link href={crumb.href}>{crumb.label}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1>{title}</h1>
      {children}
      <PracticeList
        results={results}
        heading={heading}
        pageHref={(page) => `${path}${page > 1 ? `?page=${page}` : ""}`}
        searchHref={`${localePath(locale, "/practices")}?${new URLSearchParams(filter).toString()}`}
        cards={cards}
      />
    </div>
  );
}

/** A titled list of links shown as tags (a country's institutions, a topic's narrower topics); nothing when empty. */
export function LinkTags({ title, links }: { title: string; links: BrowseLink[] }) {
  if (!links.length) return null;
  return (
    <div className="gp-subtopics">
      <h2 className="gp-subtopics__title">{title}</h2>
      <ul className="gp-tags">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
