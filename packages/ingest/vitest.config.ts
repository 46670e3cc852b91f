import { defineConfig } from "vitest/config";
// A relative path, not "@gp/db/testing/vitest": vitest bundles its config with esbuild and leaves
// workspace packages external, and Node cannot load their TypeScript source.
import { databaseTestConfig } from "../db/src/testing/vitest-config.ts";

// The command line's tests run the built command, as `npm run ingest` does: build it first.
export default defineConfig({
  test: { ...databaseTestConfig, globalSetup: [...databaseTestConfig.globalSetup, "./build.mjs"] },
});
