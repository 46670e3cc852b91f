// The record of the running `npm start` (.data/stack.json): its pid and its apps' pids. A run killed
// with SIGKILL cannot clean up, so the next run reads it to end what was left behind.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isAlive } from "@gp/db/embedded";
import { dataDir } from "@gp/db/paths";

interface RunRecord {
  pid: number;
  children: number[];
  /** Set as the run begins to stop, so a new run waits for it instead of refusing to start. */
  stopping?: boolean;
}

const runFile = path.join(dataDir, "stack.json");

async function readRun(): Promise<RunRecord | null> {
  return JSON.parse(await readFile(runFile, "utf8").catch(() => "null")) as RunRecord | null;
}

export async function recordRun(children: Array<number | undefined>): Promise<void> {
  const record: RunRecord = { pid: process.pid, children: children.filter((pid) => pid !== undefined) };
  await writeFile(runFile, JSON.stringify(record));
}

export async function markStopping(): Promise<void> {
  const run = await readRun().catch(() => null);
  if (run) await writeFile(runFile, JSON.stringify({ ...run, stopping: true }));
}

export async function removeRunRecord(): Promise<void> {
  await rm(runFile, { force: true });
}

/**
 * Refuses to start twice, and ends the apps a dead run left behind holding the ports. (Its
 * PostgreSQL is handled by startEmbedded.)
 */
export async function endEarlierRun(say: (message: string) => void): Promise<void> {
  const earlier = await readRun();
  if (!earlier) return;
  if (earlier.pid !== process.pid && isAlive(earlier.pid) && (await isNode(earlier.pid))) {
    // A run whose npm was killed notices within a second and stops; give it the time to finish.
    const stopping = () =>
      readRun().then(
        (run) => run?.stopping === true || run === null,
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
  await removeRunRecord();
}

async function isNode(pid: number): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  return cmdline === null || /node|next/.test(cmdline);
}
