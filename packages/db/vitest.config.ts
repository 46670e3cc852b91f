import { defineConfig } from "vitest/config";
import { databaseTestConfig } from "./src/testing/vitest-config.ts";

export default defineConfig({ test: databaseTestConfig });
