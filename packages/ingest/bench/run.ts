// npm run bench:ingest — imports synthetic listings of 10k and 100k records into fresh databases
// (a throwaway embedded PostgreSQL, or TEST_DATABASE_URL) and prints records/s, wall time, peak RSS
// and the ratio of time per record at 100k to that at 10k. Goal: 100k < 30 s, ratio ≤ 1.5.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbedded } from "@gp/db/embedded";
import { freePort } from "@gp/db/stack";
import { createDatabase, databaseUrl, dropDatabase, randomName } from "@gp/db/testing/databases";
import { generateListing } from "./generate";

const sizes = (process.argv[2] ?? "10000,100000").split(",").map(Number);
const importOnce = fileURLToPath(new URL("./import-once.ts", import.meta.url));

interface Result {
  wallMs: number;
  cpu: { nodeS: number; postgresS: number | null };
  maxRssKb: number;
  phases: Record<string, number>;
  counts: Record<string, number>;
}

function runImport(file: string, url: string, postmaster: number | null): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", importOnce, file, url, ...(postmaster ? [String(postmaster)] : [])],
      { maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as Result);
      },
    );
  });
}

const dir = await mkdtemp(path.join(os.tmpdir(), "gp-bench-ingest-"));
await chmod(dir, 0o755); // As root, the embedded server runs as "postgres", which must enter it.
let serverUrl = process.env.TEST_DATABASE_URL;
let stopServer = async () => {};
let postmaster: number | null = null;
try {
  if (!serverUrl) {
    console.log("Starting a throwaway embedded PostgreSQL (default settings: fsync on)…");
    const server = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "postgres" });
    serverUrl = server.url;
    stopServer = () => server.stop();
    postmaster = Number((await readFile(path.join(dir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
  }
  const results: Array<{ size: number; result: Result; bytes: number }> = [];
  for (const size of sizes) {
    const file = path.join(dir, `listing-${size}.txt`);
    const generated = await generateListing(file, { records: size });
    const bytes = (await stat(file)).size;
    console.log(
      `\n${size} records: ${(bytes / 1e6).toFixed(1)} MB, ${generated.repeats} exact repeats, ${generated.edits} one-word edits`,
    );
    const name = randomName("gp_bench");
    await createDatabase(serverUrl, name);
    try {
      const result = await runImport(file, databaseUrl(serverUrl, name), postmaster);
      results.push({ size, result, bytes });
      const c = result.counts;
      console.log(
        `  report: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.duplicatesInFile} repeated, ${c.candidates} candidates, ${c.errors} errors`,
      );
      console.log(
        `  phases (ms): ${Object.entries(result.phases)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")}`,
      );
      const pg = result.cpu.postgresS === null ? "?" : result.cpu.postgresS.toFixed(1);
      console.log(
        `  CPU: import process ${result.cpu.nodeS.toFixed(1)} s, PostgreSQL ${pg} s (machine load ${os.loadavg()[0]!.toFixed(1)})`,
      );
      console.log(
        `  ${Math.round(size / (result.wallMs / 1000))} records/s, wall ${(result.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(result.maxRssKb / 1024)} MB`,
      );
    } finally {
      await dropDatabase(serverUrl, name);
    }
  }
  if (results.length >= 2) {
    const [small, large] = [results[0]!, results[results.length - 1]!];
    const ratio = large.result.wallMs / large.size / (small.result.wallMs / small.size);
    console.log(`\nTime per record at ${large.size} vs ${small.size}: ratio ${ratio.toFixed(2)} (goal ≤ 1.5)`);
    console.log(`${large.size} records in ${(large.result.wallMs / 1000).toFixed(1)} s (goal < 30 s)`);
  }
} finally {
  await stopServer();
  await rm(dir, { recursive: true, force: true });
}
