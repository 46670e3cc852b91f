/** Runs once when the server starts (Next.js instrumentation), before it serves a request. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next.js's own marker, inlined at build time, not configuration.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ configurePools }, { webEnv }] = await Promise.all([import("@gp/db/client"), import("./env")]);
  configurePools({ statementTimeoutMs: webEnv.WEB_STATEMENT_TIMEOUT_MS });
  // Begin building the search index, so it is ready before most first searches (SQL answers until then).
  const { searchEngine } = await import("./lib/engine");
  searchEngine();
  // The addresses that server.ts answers without Next.js's pipeline (lib/direct-routes.ts).
  const { registerDirectRoutes } = await import("./lib/direct-routes");
  registerDirectRoutes();
}
