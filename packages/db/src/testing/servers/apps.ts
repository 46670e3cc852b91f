import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../../paths";

export type AppName = "web" | "admin";

export interface ServeOptions {
  app: AppName;
  port: number;
  /** "start" serves the production build; "dev" runs next dev with hot reload. */
  mode: "start" | "dev";
  /** Variables for the app on top of this process's environment, e.g. DATABASE_URL. */
  env: Record<string, string>;
  /**
   * Where the app's output goes: "inherit" writes it to this process's, each line prefixed with the
   * app's name; "pipe" leaves the child's stdout and stderr for the caller to read.
   */
  output?: "inherit" | "ignore" | "pipe";
}

export function appDir(app: AppName): string {
  return path.join(repoRoot, "apps", app);
}

/**
 * Runs one of the Next.js apps as a child process: `next dev` or `next start`, except the public
 * site's production build, which has its own server (apps/web/src/server.ts: a process per core).
 */
export function serveApp({ app, port, mode, env, output = "inherit" }: ServeOptions): ChildProcess {
  const dir = appDir(app);
  const next = createRequire(path.join(dir, "package.json")).resolve("next/dist/bin/next");
  const args = app === "web" && mode === "start" ? ["dist/server.js"] : [next, mode, "--port", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: mode === "dev" ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", output === "ignore" ? "ignore" : "pipe", output === "ignore" ? "ignore" : "pipe"],
  });
  if (output === "pipe") return child;
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => `[${app}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
}

/** Resolves once GET /api/health answers 200 on the port. */
export async function waitForHealth(port: number, timeoutMs = 120_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 250) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`Nothing answered http://127.0.0.1:${port}/api/health within ${timeoutMs / 1000} s.`);
}

/** Sends SIGTERM, and SIGKILL after `graceMs` if the process is still there. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
