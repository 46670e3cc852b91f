/** A GET answered by the production server (server.ts) itself, without Next.js's request pipeline. */
export type DirectRoute = (request: Request) => Promise<Response>;

/**
 * Where server.ts finds the direct routes (lib/direct-routes.ts), which instrumentation registers in
 * the module graph Next.js built. A module of its own, so that server.ts loads nothing else of the app.
 */
export const DIRECT_ROUTES = Symbol.for("gp.web.directRoutes");
