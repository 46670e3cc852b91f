import { isStatementTimeout } from "@gp/db/client";
import type { ParamIssue } from "@gp/db/search";
import { unstable_rethrow } from "next/navigation";

/** A JSON error; `issues` names each bad parameter. */
export function apiError(status: number, error: string, issues?: ParamIssue[]): Response {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: { "Cache-Control": "no-store" } });
}

export function badRequest(issues: ParamIssue[]): Response {
  return apiError(
    400,
    `Invalid parameter${issues.length > 1 ? "s" : ""}: ${[...new Set(issues.map((i) => i.param))].join(", ")}`,
    issues,
  );
}

/**
 * Runs a route handler and maps what it throws: every handler goes through here, so none can leak
 * internals or answer a bare 500 page.
 */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    // Next.js signals (redirect, not found, dynamic rendering) pass through.
    unstable_rethrow(error);
    // WEB_STATEMENT_TIMEOUT_MS cancelled a query: the request may succeed later, so say that.
    if (isStatementTimeout(error))
      return Response.json(
        { error: "The database took too long to answer. Please try again later, or narrow the search." },
        { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
      );
    console.error(error);
    return apiError(500, "Something went wrong on our side. Please try again later.");
  }
}
