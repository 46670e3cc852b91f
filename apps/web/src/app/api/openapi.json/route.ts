import { handle } from "@/lib/api";
import { dataLicense } from "@/lib/license";
import { openApiDocument } from "@/lib/openapi";
import { requestOrigin } from "@/lib/site";

// Answers from the database and the request, never from a build-time copy.
export const dynamic = "force-dynamic";

/** GET /api/openapi.json: the description of the open-data API. */
export function GET(request: Request): Promise<Response> {
  return handle(async () => Response.json(openApiDocument(requestOrigin(request), dataLicense)));
}
