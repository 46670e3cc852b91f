// Vitest global setup shared by every package with database tests: one real PostgreSQL for the run
// (embedded in a throwaway directory, or the server at TEST_DATABASE_URL), and one migrated
// template database that each test file clones.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../client-core";
import { startEmbedded } from "../embedded";
import { freePort } from "./servers/ports";
import { migrate } from "../migrate";
import { testEnv } from "./env";
import { createDatabase, databaseUrl, dropDatabase, randomName } from "./databases";
import type {} from "./provided-context";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: Array<() => Promise<void>> = [];
  let serverUrl = testEnv.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "gp-test-pg-"));
    await chmod(dir, 0o755); // As root, the server runs as "postgres", which must enter it.
    const server = await startEmbedded({
      dataDir: path.join(dir, "data"),
      port: await freePort(),
      database: "postgres",
      ephemeral: true,
    });
    serverUrl = server.url;
    cleanups.push(async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    });
  }

  const template = randomName("gp_template");
  await createDatabase(serverUrl, template);
  cleanups.unshift(() => dropDatabase(serverUrl!, template));

  const db = createDb(databaseUrl(serverUrl, template), { max: 2 });
  await migrate(db);
  await db.$client.end();

  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}
