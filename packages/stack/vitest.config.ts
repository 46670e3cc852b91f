import { defineConfig } from "vitest/config";
// A relative path, not "@gp/db/testing/vitest": vitest bundles its config with esbuild and leaves
// workspace packages external, and Node cannot load their TypeScript source.
import { databaseTestConfig } from "../db/src/testing/vitest-config.ts";

export default defineConfig({ test: databaseTestConfig });
