import { fileURLToPath } from "node:url";

/** Vitest settings for a package whose tests use the database: `defineConfig({ test: databaseTestConfig })`. */
export const databaseTestConfig = {
  globalSetup: [fileURLToPath(new URL("./global-setup.ts", import.meta.url))],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Each file clones its own database; two workers suit this 2-core machine and its PostgreSQL.
  maxWorkers: 2,
};
