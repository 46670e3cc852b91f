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
    console.error(error);
    return apiError(500, "Something went wrong on our side. Please try again later.");
  }
}
