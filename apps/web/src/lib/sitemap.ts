import { localePath } from "@/i18n/paths";
import { type Locale, locales } from "@/i18n/routing";

/** Practices per sitemap file (the protocol allows 50,000 URLs). */
export const PRACTICES_PER_SITEMAP = 40_000;

/** The sitemap files of one language: its pages, then its practices in slices ("pages.xml", "practices-fr-1.xml"). */
export function sitemapFiles(locale: Locale, practices: number): string[] {
  const suffix = locale === "en" ? "" : `-${locale}`;
  const files = [`pages${suffix}.xml`];
  for (let n = 1; (n - 1) * PRACTICES_PER_SITEMAP < practices; n++) files.push(`practices${suffix}-${n}.xml`);
  return files;
}

/** Which language and part a sitemap file's name names, or null. */
export function parseSitemapName(
  name: string,
): { locale: Locale; part: "pages" } | { locale: Locale; part: "practices"; n: number } | null {
  const match = /^(pages|practices)(?:-(fr|de|es))?(?:-([1-9][0-9]{0,3}))?\.xml$/.exec(name);
  if (!match) return null;
  const locale = (match[2] ?? "en") as Locale;
  if (match[1] === "pages") return match[3] ? null : { locale, part: "pages" };
  return match[3] ? { locale, part: "practices", n: Number(match[3]) } : null;
}

/**
 * A urlset of one language's addresses of some pages (paths without a language), each with its
 * hreflang alternates in every language and x-default (English), as search engines read them.
 */
export function urlset(origin: string, locale: Locale, entries: Array<{ path: string; lastmod?: Date }>): string {
  const url = (l: Locale, path: string) => `${origin}${localePath(l, path)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries
  .map(
    (e) =>
      `  <url><loc>${url(locale, e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ""}${locales
        .map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, e.path)}"/>`)
        .join("")}<xhtml:link rel="alternate" hreflang="x-default" href="${url("en", e.path)}"/></url>`,
  )
  .join("\n")}
</urlset>
`;
}

export const xmlHeaders = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-store" };
