import { siteOrigin } from "@/lib/site";

// Written at run time, so the configured address (PUBLIC_SITE_URL) is read then, not at build time.
export const dynamic = "force-dynamic";

/** GET /robots.txt: everything may be crawled except the API and downloads; points to the sitemap. */
export function GET(): Response {
  const body = `User-agent: *
Allow: /
Disallow: /api/
Disallow: /download/
Disallow: /withdrawn/

Sitemap: ${siteOrigin()}/sitemap.xml
`;
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
