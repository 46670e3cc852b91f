import Link from "next/link";
import type { ReactNode } from "react";
import { browsePractices } from "@/lib/browse";
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
  children?: ReactNode;
}) {
  const { filter, path, crumbs, title, heading, children } = props;
  const results = await browsePractices(filter, props.page);
  return (
    <div className="gp-browse">
      <nav aria-label="Breadcrumb" className="gp-breadcrumb">
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
        searchHref={`/practices?${new URLSearchParams(filter).toString()}`}
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
