import { parseSearchParams, runSearch } from "@gp/db/search";
import { apiFacets, apiItem } from "@/lib/api-shapes";
import { badRequest, handle } from "@/lib/api";
import { publicCache } from "@/lib/cache";
import { readDb } from "@/lib/db";
import { parseLang } from "@/lib/lang-param";
import { loadNamer } from "@/lib/localized-names";
import { searchOptions } from "@/lib/search";
import { siteOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/**
 * GET /api/practices: the search, with the same parameters as /practices, and its facets; `lang`
 * searches and answers in a language (each item says which language its texts are in).
 */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const query = new URL(request.url).searchParams;
    const parsed = parseSearchParams(query);
    const lang = parseLang(query);
    const issues = [...parsed.issues, ...("issue" in lang ? [lang.issue] : [])];
    if (issues.length || "issue" in lang) return badRequest(issues);
    const options = searchOptions(lang.locale, { facets: true, cache: publicCache });
    const { engine } = options;
    const outcome = await runSearch(readDb(), parsed, options);
    if (outcome.issues.length) return badRequest(outcome.issues);
    // After the search: the snapshot its index read is the names' too (no query of its own on a hit).
    const namer = await loadNamer(lang.locale, outcome.snapshot);
    const origin = siteOrigin();
    const { total, page, pageSize, items } = outcome.results;
    return Response.json(
      {
        total,
        page,
        pageSize,
        ...(outcome.correction ? { correction: outcome.correction } : {}),
        items: items.map((item) => apiItem(item, origin, lang.locale)),
        facets: apiFacets(outcome.facets!, namer),
      },
      // Which path answered: the in-process index, or SQL while the index builds (benchmarks wait for "index").
      {
        headers: {
          "Cache-Control": "no-store",
          "Content-Language": lang.locale,
          "X-Search-Engine": engine ? "index" : "sql",
        },
      },
    );
  });
}
