import { locales } from "@/i18n/routing";
import { handle } from "@/lib/api";
import { siteOverview } from "@/lib/overview";
import { sitemapFiles, xmlHeaders } from "@/lib/sitemap";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/**
 * GET /sitemap.xml: an index of the sitemaps, per language (browse pages, then practices in
 * slices); every address in them lists its alternates in the other languages.
 */
export function GET(): Promise<Response> {
  return handle(async () => {
    const origin = siteOrigin();
    const { practices } = (await siteOverview()).counts;
    const files = locales.flatMap((locale) => sitemapFiles(locale, practices));
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `  <sitemap><loc>${origin}/sitemaps/${f}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
    return new Response(body, { headers: xmlHeaders });
  });
}
