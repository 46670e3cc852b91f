import {
  type ParamIssue,
  parseSearchParams,
  type ResolvedFilter,
  resolveFilter,
  type SearchParams,
} from "@gp/db/search";
import { readDb } from "./db";

/** The selection a download or feed request names, or the issues that make it invalid. */
export async function selectionOf(
  request: Request,
): Promise<{ ok: true; filter: ResolvedFilter; params: SearchParams } | { ok: false; issues: ParamIssue[] }> {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (parsed.issues.length) return { ok: false, issues: parsed.issues };
  const { filter, issues } = await resolveFilter(readDb(), parsed.params);
  return issues.length ? { ok: false, issues } : { ok: true, filter, params: parsed.params };
}
