import { databaseTestConfig } from "@gp/db/testing/vitest";
import { defineConfig } from "vitest/config";

export default defineConfig({ test: databaseTestConfig });
