import { getDb } from "@gp/db/client";
import { ping } from "@gp/db/availability";

export const dynamic = "force-dynamic";

/** Readiness: ok once the database answers. */
export async function GET(): Promise<Response> {
  try {
    await ping(getDb());
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "The database is not answering." }, { status: 503 });
  }
}
