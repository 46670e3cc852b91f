import { databaseProbe } from "@gp/db/availability";
import { resourceContentSecurityPolicy, setCommonSecurityHeaders } from "@gp/ui/security";
import { unavailableResponse } from "@gp/ui/unavailable";
import { GET as searchPractices } from "@/app/api/practices/route";
import { DIRECT_ROUTES, type DirectRoute } from "./direct-routes-key";

/**
 * GET /api/practices, the one address where Next.js's pipeline (routing, proxy, route module, web
 * streams) costs more than the answer: about 4 ms of CPU a request against the engine's few. What
 * the pipeline adds here is done here too: the proxy's part for the API (a calm 503 while the
 * database does not answer) and next.config.ts's headers. The answer is the route handler's own.
 */
async function searchApi(request: Request): Promise<Response> {
  const response = (await databaseProbe("read").available())
    ? await searchPractices(request)
    : unavailableResponse(request, "web");
  setCommonSecurityHeaders(response.headers, "web");
  response.headers.set("Content-Security-Policy", resourceContentSecurityPolicy);
  return response;
}

/** Makes the direct routes visible to server.ts (from instrumentation, once the app is loaded). */
export function registerDirectRoutes(): void {
  const routes: ReadonlyMap<string, DirectRoute> = new Map([["/api/practices", searchApi]]);
  Object.assign(globalThis, { [DIRECT_ROUTES]: routes });
}
