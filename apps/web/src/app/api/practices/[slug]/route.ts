import { routePractice } from "@gp/db/practices";
import { apiPractice } from "@/lib/api-shapes";
import { apiError, badRequest, handle } from "@/lib/api";
import { readDb } from "@/lib/db";
import { parseLang } from "@/lib/lang-param";
import { loadLocalizedPractice } from "@/lib/practice";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/**
 * GET /api/practices/{slug}: one published practice, its texts in `lang` when translated; 308 for a
 * merged slug, 410 withdrawn, 404 otherwise.
 */
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params;
    const query = new URL(request.url).searchParams;
    const lang = parseLang(query);
    if ("issue" in lang) return badRequest([lang.issue]);
    const loaded = await loadLocalizedPractice(slug, lang.locale);
    if (loaded)
      return Response.json(apiPractice(loaded.practice, loaded.text, siteOrigin(), lang.locale), {
        headers: { "Cache-Control": "no-store", "Content-Language": lang.locale },
      });
    const route = await routePractice(readDb(), slug);
    if (route.kind === "merged") {
      return new Response(null, {
        status: 308,
        headers: {
          Location: `${siteOrigin()}/api/practices/${encodeURIComponent(route.survivorSlug)}${query.has("lang") ? `?${new URLSearchParams({ lang: lang.locale })}` : ""}`,
          "Cache-Control": "no-store",
        },
      });
    }
    if (route.kind === "withdrawn") return apiError(410, `The practice "${slug}" was withdrawn.`);
    return apiError(404, `There is no practice "${slug}".`);
  });
}
