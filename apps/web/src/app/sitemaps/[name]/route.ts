import { sitemapBrowse, sitemapPractices } from "@gp/db/practices";
import { apiError, handle } from "@/lib/api";
import { readDb } from "@/lib/db";
import { PRACTICES_PER_SITEMAP, parseSitemapName, urlset, xmlHeaders } from "@/lib/sitemap";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /sitemaps/pages.xml, /sitemaps/practices-N.xml and the same per language (pages-fr.xml, practices-fr-N.xml). */
export function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  return handle(async () => {
    const { name } = await params;
    const origin = siteOrigin();
    const file = parseSitemapName(name);
    if (!file) return apiError(404, `There is no sitemap "${name}".`);
    if (file.part === "pages") {
      const browse = await sitemapBrowse(readDb());
      const pages = [
        "/",
        "/practices",
        "/topics",
        "/countries",
        ...browse.topics.map((s) => `/topics/${s}`),
        ...browse.countries.map((s) => `/countries/${s}`),
        ...browse.institutions.map((s) => `/institutions/${s}`),
      ];
      return new Response(
        urlset(
          origin,
          file.locale,
          pages.map((path) => ({ path })),
        ),
        { headers: xmlHeaders },
      );
    }
    const rows = await sitemapPractices(readDb(), (file.n - 1) * PRACTICES_PER_SITEMAP, PRACTICES_PER_SITEMAP);
    if (rows.length === 0 && file.n > 1) return apiError(404, `There is no sitemap "${name}".`);
    return new Response(
      urlset(
        origin,
        file.locale,
        rows.map((r) => ({ path: `/practices/${r.slug}`, lastmod: r.updatedAt })),
      ),
      { headers: xmlHeaders },
    );
  });
}
