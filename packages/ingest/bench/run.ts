// npm run bench:ingest — for each size (default 10k and 100k records), into a fresh database (a
// throwaway embedded PostgreSQL, or TEST_DATABASE_URL): a first import of a synthetic listing, a
// re-import of the same file, and an export in which 5% of the records have one summary word
// changed. Each import runs in a process of its own and prints its wall time, peak RSS and CPU.
// BENCH_WITHOUT_SEARCH_VECTOR=1 gives every practice an empty search document in the bench
// databases, to measure the write path without PostgreSQL's full-text document.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbedded } from "@gp/db/embedded";
import { freePort } from "@gp/db/testing/servers";
import { createDatabase, databaseUrl, dropDatabase, randomName } from "@gp/db/testing/databases";
import { COMMAND_ENVIRONMENT } from "../src/command";
import { writeEditedExport } from "./edit-export";
import { generateListing } from "./generate";
import { goals, type Measured, printRun, printSummary, type Scenario } from "./print";

const sizes = (process.argv[2] ?? "10000,100000").split(",").map(Number);
const withoutSearchVector = process.env.BENCH_WITHOUT_SEARCH_VECTOR === "1";
// Built by `npm run bench:ingest` before it starts (build.mjs), and run as the ingest command is.
const importOnce = fileURLToPath(new URL("../dist/import-once.mjs", import.meta.url));

function runImport(file: string, url: string, postmaster: number | null, prepare: string[] = []): Promise<Measured> {
  const args = [importOnce, file, url, String(postmaster ?? 0), ...prepare];
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...COMMAND_ENVIRONMENT };
    execFile(process.execPath, args, { env, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as Measured);
    });
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
  if (withoutSearchVector)
    console.log("With empty search documents (practice_document_of replaced in the bench databases).");
  const results: Array<{ size: number; scenario: Scenario; result: Measured }> = [];
  for (const size of sizes) {
    const file = path.join(dir, `listing-${size}.txt`);
    const generated = await generateListing(file, { records: size });
    const editedFile = path.join(dir, `listing-${size}-edited.txt`);
    const edited = await writeEditedExport(file, editedFile, { share: 0.05 });
    const bytes = (await stat(file)).size;
    console.log(
      `\n${size} records: ${(bytes / 1e6).toFixed(1)} MB, ${generated.repeats} exact repeats, ${generated.edits} one-word edits; second export: ${edited} records with one summary word changed`,
    );
    const name = randomName("gp_bench");
    await createDatabase(serverUrl, name);
    const url = databaseUrl(serverUrl, name);
    try {
      const prepare = withoutSearchVector ? ["without-search-vector"] : [];
      const runs: Array<[Scenario, string]> = [
        ["first import", file],
        ["re-import", file],
        ["5% edited", editedFile],
      ];
      for (const [scenario, input] of runs) {
        const result = await runImport(input, url, postmaster, scenario === "first import" ? prepare : []);
        results.push({ size, scenario, result });
        printRun(size, scenario, result);
      }
    } finally {
      await dropDatabase(serverUrl, name);
    }
  }
  printSummary(results, goals);
} finally {
  await stopServer();
  await rm(dir, { recursive: true, force: true });
}
