import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { embeddedUrl, isAlive, startEmbedded } from "./embedded";
import { env } from "./env";
import { dataDir } from "./paths";

export interface LocalDatabase {
  url: string;
  /** True when this is the embedded cluster under .data/. */
  embedded: boolean;
  /** Stops the embedded cluster if this process started it. */
  release(): Promise<void>;
}

const clusterDir = path.join(dataDir, "postgres");
/** The pid of the process that owns the running embedded cluster. */
const ownerFile = path.join(dataDir, "postgres.owner");

/**
 * The database that `npm start` and the command-line tools use: DATABASE_URL when set; otherwise
 * the embedded cluster in .data/postgres, shared with a running `npm start` or started for the call.
 */
export async function acquireDatabase(log: (message: string) => void = () => {}): Promise<LocalDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, release: async () => {} };

  const running = await runningCluster();
  if (running) return { url: running, embedded: true, release: async () => {} };

  const server = await startEmbedded({ dataDir: clusterDir, port: env.EMBEDDED_PG_PORT, log });
  await writeFile(ownerFile, String(process.pid));
  let released = false;
  return {
    url: server.url,
    embedded: true,
    async release() {
      if (released) return;
      released = true;
      await server.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

/** The URL of the embedded cluster when a live process (e.g. `npm start`) already runs it. */
async function runningCluster(): Promise<string | null> {
  const owner = Number.parseInt((await readFile(ownerFile, "utf8").catch(() => "")).trim(), 10);
  const pidFile = await readFile(path.join(clusterDir, "postmaster.pid"), "utf8").catch(() => null);
  if (!pidFile || !Number.isInteger(owner) || owner === process.pid || !isAlive(owner)) return null;
  const [pid, , , port] = pidFile.split("\n");
  if (!pid || !port || !isAlive(Number(pid))) return null;
  return embeddedUrl(port.trim());
}
