// The data steward's side of the load: synthetic ISSA listings, and the ingest command run as its
// own process (as on a server) while the public traffic and the editor go on.
import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@gp/db/paths";
import { generateListing } from "@gp/ingest/bench/generate";
import { COMMAND_ENVIRONMENT } from "@gp/ingest/command";

export interface ImportRun {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  /** The --json report's counts, or the error output. */
  report: {
    records?: number;
    added?: number;
    updated?: number;
    unchanged?: number;
    candidates?: number;
    conflicts?: number;
    errors?: unknown[];
  } | null;
  stderr: string;
  /** When it started and ended, in seconds after `origin`. */
  from: number;
  to: number;
}

/**
 * Two listings from one seed: the first `before` records (imported before the load, so the editor
 * has imported practices to curate) and all `records`, which starts with the same records and then
 * brings new practices (with exact repeats and one-word variants among its own records). The import
 * during the load matches every record against the database, the practices the editor is saving
 * included, and adds the new ones; the report says how many it added, updated and left unchanged.
 */
export async function writeListings(
  dir: string,
  before: number,
  records: number,
): Promise<{ early: string; main: string }> {
  const early = path.join(dir, "listing-early.txt");
  const main = path.join(dir, "listing-main.txt");
  // The generator draws records in order from its seed, so the short file is the long one's start.
  await generateListing(early, { records: before, seed: 11, edits: 0.05 });
  await generateListing(main, { records, seed: 11, edits: 0.05 });
  return { early, main };
}

/** Runs `npm run ingest -- FILE --json` on the database; resolves when it ends. */
export function runIngest(databaseUrl: string, file: string, origin: number): Promise<ImportRun> {
  const from = (Date.now() - origin) / 1000;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      // The built command, as the root package.json's "ingest" script runs it (built by bench:load).
      [path.join(repoRoot, "packages/ingest/dist/cli.mjs"), file, "--json", "--actor", "bench-load"],
      {
        cwd: repoRoot,
        env: { ...process.env, ...COMMAND_ENVIRONMENT, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (exitCode) => {
      const to = (Date.now() - origin) / 1000;
      let report: ImportRun["report"] = null;
      try {
        report = JSON.parse(stdout) as ImportRun["report"];
      } catch {
        // Not JSON: the error output says why.
      }
      resolve({ ok: exitCode === 0, exitCode, seconds: to - from, report, stderr: stderr.slice(-2000), from, to });
    });
  });
}
