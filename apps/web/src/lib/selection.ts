import {
  type ParamIssue,
  parseSearchParams,
  type ResolvedFilter,
  resolveFilter,
  type SearchParams,
  streamPractices,
} from "@gp/db/search";
import { badRequest, handle } from "./api";
import { readDb } from "./db";
import { textStream } from "./export-stream";
import { licenseHeaders } from "./license";
import { siteOrigin } from "./site";

/** A valid selection: the search a download or feed names, resolved, and the site's address as asked. */
export interface Selection {
  filter: ResolvedFilter;
  params: SearchParams;
  origin: string;
}

/** The selection a download or feed request names, or the issues that make it invalid. */
async function selectionOf(
  request: Request,
): Promise<{ ok: true; filter: ResolvedFilter; params: SearchParams } | { ok: false; issues: ParamIssue[] }> {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (parsed.issues.length) return { ok: false, issues: parsed.issues };
  const { filter, issues } = await resolveFilter(readDb(), parsed.params);
  return issues.length ? { ok: false, issues } : { ok: true, filter, params: parsed.params };
}

/**
 * A GET handler over a search selection (the downloads and the feed): an invalid selection answers
 * 400 naming the bad parameters, and errors are mapped as in every route.
 */
export function selectionRoute(answer: (selection: Selection) => Promise<Response>) {
  return (request: Request): Promise<Response> =>
    handle(async () => {
      const selection = await selectionOf(request);
      if (!selection.ok) return badRequest(selection.issues);
      return answer({ filter: selection.filter, params: selection.params, origin: siteOrigin() });
    });
}

/** Every practice of the selection in its search order, in batches, as a download's body (the licence in its headers). */
export function selectionDownload(
  { filter, params }: Selection,
  chunks: (batches: ReturnType<typeof streamPractices>) => AsyncIterable<string>,
  file: { name: string; type: string },
): Response {
  return new Response(textStream(chunks(streamPractices(readDb(), filter, { order: params.sort }))), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "no-store",
      ...licenseHeaders(),
    },
  });
}
