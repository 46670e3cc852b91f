/** Runs once when the server starts (Next.js instrumentation); the checks need Node.js. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next.js's own marker, inlined at build time, not configuration.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./startup-checks").then((m) => m.checkEnvironment());
  await import("./search-feed-pruning").then((m) => m.startSearchFeedPruning());
}
