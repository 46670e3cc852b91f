import Link from "next/link";
import type { ReactNode } from "react";

export interface NavItem {
  href: string;
  label: string;
}

export interface ShellProps {
  /** Product name in the header. */
  brand: string;
  /** A short second line beside the brand, e.g. "Admin". */
  tagline?: string;
  brandHref?: string;
  nav: NavItem[];
  /** The nav item to mark as the current page. */
  current?: string;
  /** Right side of the header, e.g. the signed-in user. */
  aside?: ReactNode;
  footer?: ReactNode;
  tone?: "public" | "admin";
  /** The skip link's and the main navigation's names, in the page's language. */
  skipLabel?: string;
  navLabel?: string;
  children: ReactNode;
}

/** The page frame both apps share: skip link, header with navigation, main landmark, footer. */
export function Shell({
  brand,
  tagline,
  brandHref = "/",
  nav,
  current,
  aside,
  footer,
  tone = "public",
  skipLabel = "Skip to content",
  navLabel = "Main",
  children,
}: ShellProps) {
  return (
    <div className="gp-shell">
      <a className="gp-skip-link" href="#content">
        {skipLabel}
      </a>
      <header className="gp-header" data-tone={tone}>
        <div className="gp-header__inner">
          <Link className="gp-brand" href={brandHref}>
            {brand}
            {tagline ? <span className="gp-brand__tag">{tagline}</span> : null}
          </Link>
          <nav aria-label={navLabel}>
            <ul className="gp-nav">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {aside ? <div className="gp-header__aside">{aside}</div> : null}
        </div>
      </header>
      <main id="content" className="gp-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? (
        <footer className="gp-footer">
          <div className="gp-footer__inner">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
