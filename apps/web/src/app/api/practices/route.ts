import { parseSearchParams, runSearch } from "@gp/db/search";
import { apiFacets, apiItem } from "@/lib/api-shapes";
import { badRequest, handle } from "@/lib/api";
import { publicCache } from "@/lib/cache";
import { readDb } from "@/lib/db";
import { searchEngine } from "@/lib/engine";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /api/practices: the search, with the same parameters as /practices, and its facets. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = parseSearchParams(new URL(request.url).searchParams);
    if (parsed.issues.length) return badRequest(parsed.issues);
    const engine = searchEngine();
    const outcome = await runSearch(readDb(), parsed, { facets: true, engine, cache: publicCache });
    if (outcome.issues.length) return badRequest(outcome.issues);
    const origin = siteOrigin();
    const { total, page, pageSize, items } = outcome.results;
    return Response.json(
      {
        total,
        page,
        pageSize,
        ...(outcome.correction ? { correction: outcome.correction } : {}),
        items: items.map((item) => apiItem(item, origin)),
        facets: apiFacets(outcome.facets!),
      },
      // Which path answered: the in-process index, or SQL while the index builds (benchmarks wait for "index").
      { headers: { "Cache-Control": "no-store", "X-Search-Engine": engine ? "index" : "sql" } },
    );
  });
}
