import { apiError } from "@/lib/api";
import { isLocale } from "@/i18n/routing";
import { feedResponse } from "@/lib/feed";
import { selectionRoute } from "@/lib/selection";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /fr/feed.xml?…, /de/feed.xml, /es/feed.xml: the feed in that language (English's is /feed.xml). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (locale === "en") {
    const url = new URL(request.url);
    return Response.redirect(`${siteOrigin()}/feed.xml${url.search}`, 308);
  }
  if (!isLocale(locale)) return apiError(404, "There is no feed at this address.");
  return selectionRoute(feedResponse, locale)(request);
}
