// Starts one real PostgreSQL (embedded, throwaway) or a fresh database on TEST_DATABASE_URL,
// migrates it, and serves the production builds of both apps against it.
import { createWriteStream } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, migrate } from "@gp/db";
import { importFiles, sampleListing } from "@gp/ingest";
import { startEmbedded } from "@gp/db/embedded";
import { assertPortFree, freePort, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { createDatabase, databaseUrl as urlOf, dropDatabase, randomName } from "@gp/db/testing/databases";
import { adminAppEnv, createE2eUsers } from "./admin-users";
import { e2eEnv, serverOutputFile, webUrl } from "./env";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const cleanups: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  };
  try {
    let databaseUrl: string;
    if (e2eEnv.TEST_DATABASE_URL) {
      const serverUrl = e2eEnv.TEST_DATABASE_URL;
      const name = randomName("gp_e2e");
      await createDatabase(serverUrl, name);
      databaseUrl = urlOf(serverUrl, name);
      cleanups.push(() => dropDatabase(serverUrl, name));
    } else {
      const dir = await mkdtemp(path.join(os.tmpdir(), "gp-e2e-pg-"));
      await chmod(dir, 0o755); // As root, the server runs as "postgres", which must enter it.
      const server = await startEmbedded({ dataDir: path.join(dir, "data"), port: await freePort(), ephemeral: true });
      databaseUrl = server.url;
      cleanups.push(async () => {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      });
    }

    const db = createDb(databaseUrl, { max: 2 });
    await migrate(db);
    // The sample ISSA listing, so the web and admin specs have practices to show.
    await importFiles(db, [sampleListing], { actor: "e2e" });
    // An admin and an editor for the admin app's specs.
    await createE2eUsers(db);
    await db.$client.end();

    const apps = [
      { app: "web", port: e2eEnv.E2E_WEB_PORT },
      { app: "admin", port: e2eEnv.E2E_ADMIN_PORT },
    ] as const;
    for (const { port } of apps) await assertPortFree(port, "Set E2E_WEB_PORT / E2E_ADMIN_PORT to free ports.");
    const adminEnv = adminAppEnv();
    // Each server's stdout and stderr, kept in a file, for specs that check what the servers print
    // (no password, ever) and for reading after a failure.
    const outputDir = await mkdtemp(path.join(os.tmpdir(), "gp-e2e-output-"));
    cleanups.push(() => rm(outputDir, { recursive: true, force: true }));
    for (const { app, port } of apps) {
      const env = { DATABASE_URL: databaseUrl, PUBLIC_SITE_URL: webUrl, ...(app === "admin" ? adminEnv : {}) };
      const child = serveApp({ app, port, mode: "start", env, output: "pipe" });
      const file = createWriteStream(serverOutputFile(outputDir, app));
      child.stdout?.pipe(file, { end: false });
      child.stderr?.pipe(file, { end: false });
      // For the spec that checks that every worker process of the public site is current.
      if (app === "web") process.env.E2E_WEB_PID = String(child.pid);
      cleanups.push(async () => {
        await stopChild(child);
        await new Promise((resolve) => file.end(resolve));
      });
    }
    process.env.E2E_SERVER_OUTPUT_DIR = outputDir;
    await Promise.all(apps.map(({ port }) => waitForHealth(port)));
    // Tests that check the database directly read it from here.
    process.env.E2E_DATABASE_URL = databaseUrl;
    // The admin app's session secret, for the spec that forges an expired session cookie.
    process.env.E2E_AUTH_SECRET = adminEnv.AUTH_SECRET;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
