import { readFileSync } from "node:fs";
import { isAlive } from "@gp/db/embedded";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the parenthesised command name come the state, then the parent pid.
    const ppid = Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : null;
  } catch {
    return null;
  }
}

function isNpm(pid: number): boolean {
  try {
    // npm sets its process title, so its cmdline reads "npm start" rather than node's argv.
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return (
      /^npm( |$)/.test(argv[0] ?? "") || argv.some((arg) => arg.endsWith("/npm-cli.js") || arg.endsWith("/bin/npm"))
    );
  } catch {
    return false;
  }
}

/**
 * Calls `onGone` when a process between this one and the outermost npm that launched it dies.
 * npm killed with SIGKILL leaves its children running; this is how they notice. Linux only (/proc).
 */
export function watchLaunchers(onGone: () => void): void {
  const ancestors: number[] = [];
  for (let pid = parentOf(process.pid); pid !== null && ancestors.length < 12; pid = parentOf(pid)) ancestors.push(pid);
  const outermostNpm = ancestors.findLastIndex(isNpm);
  if (outermostNpm < 0) return;
  const watched = ancestors.slice(0, outermostNpm + 1);
  const timer = setInterval(() => {
    if (watched.every(isAlive)) return;
    clearInterval(timer);
    onGone();
  }, 1000);
  timer.unref();
}
