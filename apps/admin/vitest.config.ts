import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the app's pure helpers; database behaviour is tested in @gp/db, the app end to end in e2e/.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts"], allowOnly: false },
});
