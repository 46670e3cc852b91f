import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { embeddedUrl, isAlive } from "@gp/db/embedded";
import { freePort } from "@gp/db/testing/servers";
import { repoRoot } from "@gp/db/paths";
import { expect, test } from "@playwright/test";
import postgres from "postgres";

// `npm start` on the embedded default, killed with SIGKILL, then started again: it works and the data
// is intact. Runs the real command from the repository root, in a data directory of its own.

interface Run {
  npm: ChildProcess;
  output: () => string;
}

async function start(env: Record<string, string>): Promise<Run> {
  let output = "";
  const { DATABASE_URL: _ignored, ...inherited } = process.env; // the embedded default, not a server
  const npm = spawn("npm", ["start"], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  npm.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 240_000, intervals: [500] }).toContain("Press Ctrl-C to stop.");
  return { npm, output: () => output };
}

async function health(port: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`);
  return response.json();
}

test.describe("npm start after kill -9", () => {
  test.setTimeout(600_000);
  let dir: string;
  const runs: ChildProcess[] = [];

  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-restart-"));
    await chmod(dir, 0o755); // As root, PostgreSQL runs as "postgres", which must enter it.
  });

  test.afterAll(async () => {
    const running = runs.filter((run) => run.exitCode === null && run.signalCode === null);
    for (const run of running) run.kill("SIGTERM");
    await Promise.all(running.map((run) => once(run, "exit")));
    // The stack stops its apps and PostgreSQL, then removes its run record: wait for both to be gone.
    await expect
      .poll(() => [existsSync(path.join(dir, "stack.json")), existsSync(path.join(dir, "postgres/postmaster.pid"))], {
        timeout: 60_000,
      })
      .toEqual([false, false]);
    await rm(dir, { recursive: true, force: true });
  });

  test("starts again, data intact, after each kind of kill -9", async () => {
    const env = {
      DATA_DIR: dir,
      WEB_PORT: String(await freePort()),
      ADMIN_PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
    };

    const first = await start(env);
    runs.push(first.npm);
    expect(await health(env.WEB_PORT)).toEqual({ ok: true });
    const sql = postgres(embeddedUrl(env.EMBEDDED_PG_PORT), { max: 1, onnotice: () => {} });
    const [before] = await sql<{ practices: number; batches: number }[]>`
      select (select count(*)::int from practices) as practices, (select count(*)::int from import_batches) as batches`;
    await sql`create table if not exists restart_marker (v text)`;
    await sql`insert into restart_marker values ('written before kill -9')`;
    await sql.end();

    // 1. SIGKILL of the npm process the user started: its children notice and stop.
    first.npm.kill("SIGKILL");
    const second = await start(env);
    runs.push(second.npm);
    expect(await health(env.WEB_PORT)).toEqual({ ok: true });
    expect(await health(env.ADMIN_PORT)).toEqual({ ok: true });

    // 2. SIGKILL of the node process that runs the stack (packages/stack/src/cli.ts): PostgreSQL and
    //    the apps are orphaned.
    const tree = await processTree(second.npm.pid!);
    const stack = tree.find((p) => p.cmdline.startsWith("node\0") && p.cmdline.includes("src/cli.ts"));
    expect(stack).toBeDefined();
    process.kill(stack!.pid, "SIGKILL");
    second.npm.kill("SIGKILL");
    const third = await start(env);
    runs.push(third.npm);
    expect(third.output()).toContain("left running by an earlier run");
    expect(await health(env.WEB_PORT)).toEqual({ ok: true });

    // 3. SIGKILL of every process of the run at once, PostgreSQL included: it recovers from its WAL.
    for (const { pid } of await processTree(third.npm.pid!)) if (isAlive(pid)) process.kill(pid, "SIGKILL");
    const fourth = await start(env);
    runs.push(fourth.npm);
    expect(await health(env.ADMIN_PORT)).toEqual({ ok: true });

    const check = postgres(embeddedUrl(env.EMBEDDED_PG_PORT), { max: 1, onnotice: () => {} });
    const [after] = await check<{ practices: number; batches: number }[]>`
      select (select count(*)::int from practices) as practices, (select count(*)::int from import_batches) as batches`;
    const marker = await check`select v from restart_marker`;
    await check.end();
    expect(after).toEqual(before); // nothing lost, and the sample was not loaded twice
    expect(marker).toEqual([{ v: "written before kill -9" }]);
  });
});

/** A process and all its descendants, with their command lines. */
async function processTree(root: number): Promise<Array<{ pid: number; cmdline: string }>> {
  const all = new Map<number, { ppid: number; cmdline: string }>();
  for (const entry of await readdir("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid) all.set(pid, { ppid, cmdline });
  }
  const tree = [{ pid: root, cmdline: all.get(root)?.cmdline ?? "" }];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, p] of all) if (p.ppid === tree[i]!.pid) tree.push({ pid, cmdline: p.cmdline });
  }
  return tree;
}
