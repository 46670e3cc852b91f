import { getReadDb } from "@gp/db/client";
import { ping } from "@gp/db/availability";

export const dynamic = "force-dynamic";

/**
 * Readiness: ok once the database this app reads answers. The public site only reads, from
 * DATABASE_READ_URL when set (a replica), so that is what it checks: an instance whose replica is
 * down is taken out of the load balancer, and one keeps serving while the primary fails over.
 */
export async function GET(): Promise<Response> {
  try {
    await ping(getReadDb());
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { ok: false, error: "The database is not answering." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
