import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
// A relative path, not "@gp/db/testing/vitest": vitest bundles its config with esbuild and leaves
// workspace packages external, and Node cannot load their TypeScript source.
import { databaseTestConfig } from "../../packages/db/src/testing/vitest-config.ts";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  // tsconfig keeps JSX for Next.js to compile ("preserve"); the tests render components with React's runtime.
  oxc: { jsx: { runtime: "automatic" } },
  test: { ...databaseTestConfig, include: ["src/**/*.test.ts"] },
});
