// `npm start` and `npm run dev`: build, start the database, migrate, load the sample data on first
// start, then serve both apps until Ctrl-C, SIGTERM, or the death of the npm process that started us.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { authEnv } from "../auth/env";
import { ensureAuthSecret, ensureInitialAdmin } from "../auth/local-state";
import { createDb } from "../client-core";
import { isAlive } from "../embedded";
import { env } from "../env";
import { acquireDatabase, type LocalDatabase } from "../local";
import { isEmpty, migrate } from "../migrate";
import { dataDir, repoRoot } from "../paths";
import { assertPortFree, serveApp, stopChild, waitForHealth } from "../stack";
import { watchLaunchers } from "./launchers";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const stackFile = path.join(dataDir, "stack.json");
const sampleListing = path.join(repoRoot, "packages/ingest/seeds/000_d035195890cc90f6.txt");
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
  await endEarlierRun();
  for (const { port, variable } of apps)
    await assertPortFree(port, `Stop what uses it, or set ${variable} to another port.`);

  const adminEnv = await adminAuthEnv(!env.DATABASE_URL);
  if (mode === "start") await build();

  database = await acquireDatabase(say);
  say(database.embedded ? `PostgreSQL (embedded) in ${path.join(dataDir, "postgres")}` : "PostgreSQL at DATABASE_URL");
  const db = createDb(database.url, { max: 2 });
  let firstAdmin: Awaited<ReturnType<typeof ensureInitialAdmin>> = null;
  try {
    await migrate(db);
    say("Migrations applied.");
    if (database.embedded && (await isEmpty(db))) await loadSample(database.url);
    if (database.embedded) firstAdmin = await ensureInitialAdmin(db, dataDir);
  } finally {
    await db.$client.end();
  }

  for (const { app, port } of apps) {
    const child = serveApp({
      app,
      port,
      mode,
      env: { DATABASE_URL: database.url, ...(app === "admin" ? adminEnv : {}) },
    });
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[start] ${app} exited (${signal ?? `code ${code}`}); stopping.`);
      void shutdown(1);
    });
    children.push(child);
  }
  await writeFile(stackFile, JSON.stringify({ pid: process.pid, children: children.map((c) => c.pid) }));
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

/**
 * The admin app's session secret and public address. AUTH_SECRET comes from the environment; on the
 * embedded default it may be omitted and is generated once into .data/auth-secret (mode 600).
 * Cookies are Secure when NEXTAUTH_URL is https; `npm start` serves http://localhost, so they are not.
 */
async function adminAuthEnv(embedded: boolean): Promise<Record<string, string>> {
  let secret = authEnv.AUTH_SECRET;
  if (!secret) {
    if (!embedded)
      throw new Error(
        "AUTH_SECRET is not set. With DATABASE_URL, set AUTH_SECRET to a random string of 32+ characters (e.g. `openssl rand -base64 32`).",
      );
    secret = await ensureAuthSecret(dataDir);
  }
  return {
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: authEnv.NEXTAUTH_URL ?? `http://localhost:${env.ADMIN_PORT}`,
    PUBLIC_SITE_URL: authEnv.PUBLIC_SITE_URL ?? `http://localhost:${env.WEB_PORT}`,
  };
}

/** Builds both apps; turbo replays its cache, so an unchanged tree builds in seconds. */
async function build(): Promise<void> {
  say("Building the apps (cached after the first time)…");
  const turbo = path.join(repoRoot, "node_modules/.bin/turbo");
  const code = await run(turbo, [
    "run",
    "build",
    "--filter=@gp/web",
    "--filter=@gp/admin",
    "--output-logs=errors-only",
  ]);
  if (code !== 0) throw new Error(`The build failed (exit code ${code}).`);
}

/** Loads the bundled ISSA listing into an empty embedded database, through the ingest command line. */
async function loadSample(url: string): Promise<void> {
  const rootPackage = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  if (!rootPackage.scripts?.ingest || !existsSync(sampleListing)) {
    say("The database is empty; no ingest command is installed yet, so it stays empty.");
    return;
  }
  say("Empty database: loading the sample ISSA listing…");
  const code = await run("npm", ["run", "--silent", "ingest", "--", sampleListing, "--actor", "sample"], {
    DATABASE_URL: url,
  });
  if (code !== 0) throw new Error(`Loading the sample listing failed (exit code ${code}).`);
}

/**
 * A run killed with SIGKILL cannot clean up: its apps may still hold the ports. Refuse to start
 * twice, and end the apps a dead run left behind. (Its PostgreSQL is handled by startEmbedded.)
 */
async function endEarlierRun(): Promise<void> {
  const earlier = JSON.parse(await readFile(stackFile, "utf8").catch(() => "null")) as {
    pid: number;
    children: number[];
    stopping?: boolean;
  } | null;
  if (!earlier) return;
  if (earlier.pid !== process.pid && isAlive(earlier.pid) && (await isNode(earlier.pid))) {
    // A run whose npm was killed notices within a second and stops; give it the time to finish.
    const stopping = () =>
      readFile(stackFile, "utf8").then(
        (text) => text.includes('"stopping":true'),
        () => true,
      );
    if (!(await stopping())) await sleep(2000);
    if (!(await stopping())) {
      throw new Error(`npm start is already running (pid ${earlier.pid}). Stop it first, or use other ports.`);
    }
    say(`Waiting for an earlier run (pid ${earlier.pid}) to stop…`);
    for (let waited = 0; waited < 30_000 && isAlive(earlier.pid); waited += 200) await sleep(200);
  }
  for (const pid of earlier.children) {
    if (isAlive(pid) && (await isNode(pid))) {
      say(`Stopping an app (pid ${pid}) left running by an earlier run`);
      process.kill(pid, "SIGTERM");
      for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
      if (isAlive(pid)) process.kill(pid, "SIGKILL");
    }
  }
  await rm(stackFile, { force: true });
}

async function isNode(pid: number): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return cmdline === null || /node|next/.test(cmdline);
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
      stdio: "inherit",
    });
    children.push(child);
    child.on("error", reject);
    child.on("exit", (code) => {
      children.splice(children.indexOf(child), 1);
      resolve(code ?? 1);
    });
  });
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say("Stopping…");
  const running = await readFile(stackFile, "utf8").catch(() => null);
  if (running) await writeFile(stackFile, running.replace(/}$/, ',"stopping":true}'));
  await Promise.all(children.map((child) => stopChild(child)));
  await database?.release().catch((error: unknown) => console.error(error));
  await rm(stackFile, { force: true });
  process.exit(code);
}

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
