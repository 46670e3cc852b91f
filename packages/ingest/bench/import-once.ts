// One benchmark import in a process of its own, so that its peak RSS is its own. Built with the
// command (build.mjs) and run as `npm run ingest` runs it: dist/import-once.mjs, MALLOC_ARENA_MAX=1.
// Usage: node dist/import-once.mjs FILE DATABASE_URL POSTMASTER_PID [without-search-vector]
import { createDb, migrate } from "@gp/db";
import { sql } from "drizzle-orm";
import { importFiles } from "../src/api";
import { prepareInWorker } from "../src/engine/worker-source";
import { tuneHeapForImport } from "../src/heap";
import { postgresCpuSeconds } from "./cpu";

// As the ingest command does (src/cli.ts), so that the peak RSS measured is the command's.
tuneHeapForImport();
const [file, url, postmasterArg, prepare] = process.argv.slice(2);
const postmaster = Number(postmasterArg) || null;
const db = createDb(url!, { max: 3, applicationName: "bench" });
await migrate(db);
if (prepare === "without-search-vector") {
  // A throwaway measurement: the write path as it is once full-text search leaves PostgreSQL.
  // An empty document in place of the weighted one (the insert computes it with this function).
  await db.execute(sql`drop trigger if exists practices_document on practices`);
  await db.execute(sql`create or replace function practice_document_of(p_title text, p_names text, p_summary text) returns tsvector
    language sql immutable parallel safe as $$ select ''::tsvector $$`);
}
const phases: Record<string, number> = {};
let phase = "read";
let phaseStart = performance.now();
const pgBefore = await postgresCpuSeconds(postmaster);
const nodeBefore = process.cpuUsage();
const started = performance.now();
const report = await importFiles(db, [file!], {
  actor: "bench",
  // As the ingest command does; BENCH_IN_THREAD=1 reads in the import's own thread, to compare.
  readInWorker: process.env.BENCH_IN_THREAD === "1" ? undefined : prepareInWorker,
  onProgress: (p) => {
    if (p.stage === phase) return;
    phases[phase] = Math.round(performance.now() - phaseStart);
    phase = p.stage;
    phaseStart = performance.now();
  },
});
const wallMs = performance.now() - started;
const node = process.cpuUsage(nodeBefore);
const pgAfter = await postgresCpuSeconds(postmaster);
const cpu = {
  nodeS: (node.user + node.system) / 1e6,
  postgresS: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore,
};
phases[phase] = Math.round(performance.now() - phaseStart);
await db.$client.end();
const { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts, errors } = report;
process.stdout.write(
  `${JSON.stringify({ wallMs, cpu, maxRssKb: process.resourceUsage().maxRSS, phases, counts: { records, duplicatesInFile, added, updated, unchanged, candidates, conflicts, errors: errors.length } })}\n`,
);
process.exit(0);
