import { fileURLToPath } from "node:url";

/** Vitest settings for a package whose tests use the database: `defineConfig({ test: databaseTestConfig })`. */
export const databaseTestConfig = {
  globalSetup: [fileURLToPath(new URL("./global-setup.ts", import.meta.url))],
  setupFiles: [fileURLToPath(new URL("./fast-check.ts", import.meta.url))],
  // A focused test (.only) would silently skip the rest: refuse it, on every machine.
  allowOnly: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Each file clones its own database; two workers suit this 2-core machine and its PostgreSQL.
  maxWorkers: 2,
};
