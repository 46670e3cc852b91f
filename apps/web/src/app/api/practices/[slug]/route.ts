import { routePractice } from "@gp/db/practices";
import { apiPractice } from "@/lib/api-shapes";
import { apiError, handle } from "@/lib/api";
import { readDb } from "@/lib/db";
import { loadPractice } from "@/lib/practice";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /api/practices/{slug}: one published practice; 308 for a merged slug, 410 withdrawn, 404 otherwise. */
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params;
    const practice = await loadPractice(slug);
    if (practice)
      return Response.json(apiPractice(practice, siteOrigin()), { headers: { "Cache-Control": "no-store" } });
    const route = await routePractice(readDb(), slug);
    if (route.kind === "merged") {
      return new Response(null, {
        status: 308,
        headers: {
          Location: `${siteOrigin()}/api/practices/${encodeURIComponent(route.survivorSlug)}`,
          "Cache-Control": "no-store",
        },
      });
    }
    if (route.kind === "withdrawn") return apiError(410, `The practice "${slug}" was withdrawn.`);
    return apiError(404, `There is no practice "${slug}".`);
  });
}
