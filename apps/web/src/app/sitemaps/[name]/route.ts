import { sitemapBrowse, sitemapPractices } from "@gp/db/practices";
import { apiError, handle } from "@/lib/api";
import { readDb } from "@/lib/db";
import { PRACTICES_PER_SITEMAP, urlset, xmlHeaders } from "@/lib/sitemap";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /sitemaps/pages.xml and /sitemaps/practices-N.xml. */
export function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  return handle(async () => {
    const { name } = await params;
    const origin = siteOrigin();
    if (name === "pages.xml") {
      const browse = await sitemapBrowse(readDb());
      const pages = [
        "",
        "/practices",
        "/topics",
        "/countries",
        ...browse.topics.map((s) => `/topics/${s}`),
        ...browse.countries.map((s) => `/countries/${s}`),
        ...browse.institutions.map((s) => `/institutions/${s}`),
      ];
      return new Response(urlset(pages.map((p) => ({ loc: `${origin}${p}` }))), { headers: xmlHeaders });
    }
    const n = Number(/^practices-([1-9][0-9]{0,3})\.xml$/.exec(name)?.[1]);
    if (!n) return apiError(404, `There is no sitemap "${name}".`);
    const rows = await sitemapPractices(readDb(), (n - 1) * PRACTICES_PER_SITEMAP, PRACTICES_PER_SITEMAP);
    if (rows.length === 0 && n > 1) return apiError(404, `There is no sitemap "${name}".`);
    return new Response(urlset(rows.map((r) => ({ loc: `${origin}/practices/${r.slug}`, lastmod: r.updatedAt }))), {
      headers: xmlHeaders,
    });
  });
}
