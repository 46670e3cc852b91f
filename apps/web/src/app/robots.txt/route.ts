import { requestOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /robots.txt: everything may be crawled except the API and downloads; points to the sitemap. */
export function GET(request: Request): Response {
  const body = `User-agent: *
Allow: /
Disallow: /api/
Disallow: /download/
Disallow: /withdrawn/

Sitemap: ${requestOrigin(request)}/sitemap.xml
`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
