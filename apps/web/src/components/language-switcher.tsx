"use client";

import { usePathname, useSearchParams } from "next/navigation";

// A client component because the root layout is kept across navigations within the site (a search
// submitted in place, a chip removed): its links must follow the address, which only the browser
// knows then. It has neither state nor effects.

/** The switcher's languages: code and name (in that language). */
export type SwitcherLanguage = [code: string, name: string];

/**
 * The same page in each language. English links go through `/en/…`, which remembers the choice
 * (src/proxy.ts) and redirects to the unprefixed address; plain links, so no JavaScript is needed.
 */
export function LanguageSwitcher({
  current,
  languages,
  label,
}: {
  current: string;
  languages: SwitcherLanguage[];
  label: string;
}) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const prefix = /^\/(fr|de|es)(?=\/|$)/.exec(pathname)?.[0] ?? "";
  const rest = pathname.slice(prefix.length) || "/";
  const search = query ? `?${query}` : "";
  return (
    <nav className="gp-languages" aria-label={label}>
      <ul>
        {languages.map(([code, name]) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code}>
                {name}
              </span>
            ) : (
              <a href={`/${code}${rest === "/" ? "" : rest}${search}`} hrefLang={code} lang={code}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
