import { handle } from "@/lib/api";
import { dataLicense } from "@/lib/license";
import { openApiDocument } from "@/lib/openapi";
import { siteOrigin } from "@/lib/site";

// Written at run time, so the configured address (PUBLIC_SITE_URL) is read then, not at build time.
export const dynamic = "force-dynamic";

/** GET /api/openapi.json: the description of the open-data API. */
export function GET(): Promise<Response> {
  return handle(async () =>
    Response.json(openApiDocument(siteOrigin(), dataLicense), { headers: { "Cache-Control": "public, max-age=3600" } }),
  );
}
