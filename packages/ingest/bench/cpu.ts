import { readdir, readFile } from "node:fs/promises";

/**
 * CPU seconds used so far by one PostgreSQL server: its postmaster and the backends it forked
 * (Linux /proc). Null elsewhere, or when the server is not local.
 */
export async function postgresCpuSeconds(postmaster: number | null): Promise<number | null> {
  if (postmaster === null) return null;
  try {
    const ticks = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of await readdir("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      if (Number(pid) !== postmaster && Number(fields[1]) !== postmaster) continue; // fields[1]: parent pid
      total += (Number(fields[11]) + Number(fields[12])) / ticks; // utime + stime
    }
    return total;
  } catch {
    return null;
  }
}
