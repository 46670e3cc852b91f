/** Practices per sitemap file (the protocol allows 50,000 URLs). */
export const PRACTICES_PER_SITEMAP = 40_000;

export function urlset(entries: Array<{ loc: string; lastmod?: Date }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `  <url><loc>${e.loc}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
}

export const xmlHeaders = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "no-store" };
