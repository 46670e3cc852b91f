import { sitemapBrowse } from "@gp/db/practices";
import { handle } from "@/lib/api";
import { readDb } from "@/lib/db";
import { PRACTICES_PER_SITEMAP, xmlHeaders } from "@/lib/sitemap";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /sitemap.xml: an index of the sitemaps (browse pages, then practices in slices). */
export function GET(): Promise<Response> {
  return handle(async () => {
    const origin = siteOrigin();
    const { practices } = await sitemapBrowse(readDb());
    const files = ["pages.xml"];
    for (let n = 1; (n - 1) * PRACTICES_PER_SITEMAP < practices; n++) files.push(`practices-${n}.xml`);
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `  <sitemap><loc>${origin}/sitemaps/${f}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
    return new Response(body, { headers: xmlHeaders });
  });
}
