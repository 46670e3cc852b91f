import { readdir, readFile } from "node:fs/promises";

/** Resident memory in MB of a process and all its descendants (Linux /proc), e.g. next start and its workers. */
export async function treeRssMb(pid: number): Promise<number> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (!parents.has(ppid)) parents.set(ppid, []);
    parents.get(ppid)!.push(Number(entry));
  }
  let kb = 0;
  const visit = async (p: number) => {
    const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const child of parents.get(p) ?? []) await visit(child);
  };
  await visit(pid);
  return Math.round(kb / 1024);
}

/**
 * Resident memory in MB of each process that serves requests: the process itself, or each of its
 * children when it has some (apps/web/src/server.ts runs a worker process per core under a primary).
 */
export async function servingRssMb(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
  }
  return Promise.all((children.length ? children : [pid]).map(treeRssMb));
}
