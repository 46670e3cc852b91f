import {
  type ExportRow,
  type ParamIssue,
  parseSearchParams,
  type ResolvedFilter,
  resolveFilter,
  type SearchParams,
  streamPractices,
} from "@gp/db/search";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { badRequest, handle } from "./api";
import { readDb } from "./db";
import { textStream } from "./export-stream";
import { parseLang } from "./lang-param";
import { licenseHeaders } from "./license";
import { siteOrigin } from "./site";

/** A valid selection: the search a download or feed names, resolved, its language, and the site's address. */
export interface Selection {
  filter: ResolvedFilter;
  params: SearchParams;
  origin: string;
  locale: Locale;
}

/**
 * The selection a download or feed request names, or the issues that make it invalid. Its language
 * is the feed's address's, or the downloads' `lang` parameter.
 */
async function selectionOf(
  request: Request,
  fixed?: Locale,
): Promise<{ ok: true; selection: Omit<Selection, "origin"> } | { ok: false; issues: ParamIssue[] }> {
  const query = new URL(request.url).searchParams;
  const parsed = parseSearchParams(query);
  const lang = fixed ? { locale: fixed } : parseLang(query);
  const invalid = [...parsed.issues, ...("issue" in lang ? [lang.issue] : [])];
  if (invalid.length || "issue" in lang) return { ok: false, issues: invalid };
  const { filter, issues } = await resolveFilter(readDb(), parsed.params);
  return issues.length
    ? { ok: false, issues }
    : // The search's language: its text matched with that language's stemming, and the rows' texts
      // in it where translated (each row says which language its texts are in).
      { ok: true, selection: { filter: { ...filter, lang: lang.locale }, params: parsed.params, locale: lang.locale } };
}

/**
 * A GET handler over a search selection (the downloads and the feed): an invalid selection answers
 * 400 naming the bad parameters, and errors are mapped as in every route.
 */
export function selectionRoute(answer: (selection: Selection) => Promise<Response>, locale?: Locale) {
  return (request: Request): Promise<Response> =>
    handle(async () => {
      const selection = await selectionOf(request, locale);
      if (!selection.ok) return badRequest(selection.issues);
      return answer({ ...selection.selection, origin: siteOrigin() });
    });
}

/** A practice's page in the selection's language. */
export function practiceUrl({ origin, locale }: Selection, slug: string): string {
  return `${origin}${localePath(locale, `/practices/${slug}`)}`;
}

/** Every practice of the selection in its search order, in batches, as a download's body (the licence in its headers). */
export function selectionDownload(
  { filter, params, locale }: Selection,
  chunks: (batches: AsyncIterable<ExportRow[]>) => AsyncIterable<string>,
  file: { name: string; type: string },
): Response {
  const batches = streamPractices(readDb(), filter, { order: params.sort });
  return new Response(textStream(chunks(batches)), {
    headers: {
      "Content-Language": locale,
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "Cache-Control": "no-store",
      ...licenseHeaders(),
    },
  });
}
