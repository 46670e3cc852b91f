// What the ingest benchmark prints: one block per import, then a table and the goals of issue 14.
import os from "node:os";

export type Scenario = "first import" | "re-import" | "5% edited";

/** What one import process reports (bench/import-once.ts). */
export interface Measured {
  wallMs: number;
  cpu: { nodeS: number; postgresS: number | null };
  maxRssKb: number;
  phases: Record<string, number>;
  counts: Record<string, number>;
}

/** Goals at the largest size: seconds per scenario, peak RSS in MB, ratio of time per record. */
export const goals = {
  seconds: { "first import": 30, "re-import": 15, "5% edited": 20 } satisfies Record<Scenario, number>,
  rssMb: 500,
  ratio: 1.3,
};

const mb = (kb: number) => Math.round(kb / 1024);
const s = (ms: number) => (ms / 1000).toFixed(1);

export function printRun(size: number, scenario: Scenario, result: Measured): void {
  const c = result.counts;
  const pg = result.cpu.postgresS === null ? "?" : result.cpu.postgresS.toFixed(1);
  console.log(`  ${scenario}: wall ${s(result.wallMs)} s, peak RSS ${mb(result.maxRssKb)} MB`);
  console.log(
    `    report: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.duplicatesInFile} repeated, ${c.candidates} candidates, ${c.conflicts} conflicts, ${c.errors} errors`,
  );
  const phases = Object.entries(result.phases).map(([k, v]) => `${k} ${v}`);
  console.log(`    phases (ms): ${phases.join(", ")}`);
  console.log(
    `    CPU: import process ${result.cpu.nodeS.toFixed(1)} s, PostgreSQL ${pg} s; ${Math.round(size / (result.wallMs / 1000))} records/s (machine load ${os.loadavg()[0]!.toFixed(1)})`,
  );
}

export function printSummary(
  results: Array<{ size: number; scenario: Scenario; result: Measured }>,
  goal: typeof goals,
): void {
  console.log("\n| records | scenario | wall | peak RSS | CPU import | CPU PostgreSQL |");
  console.log("|---|---|---|---|---|---|");
  for (const { size, scenario, result } of results) {
    const pg = result.cpu.postgresS === null ? "?" : `${result.cpu.postgresS.toFixed(1)} s`;
    console.log(
      `| ${size} | ${scenario} | ${s(result.wallMs)} s | ${mb(result.maxRssKb)} MB | ${result.cpu.nodeS.toFixed(1)} s | ${pg} |`,
    );
  }
  const sizes = [...new Set(results.map((r) => r.size))];
  const largest = Math.max(...sizes);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  for (const r of results.filter((x) => x.size === largest)) {
    const limit = goal.seconds[r.scenario];
    console.log(
      `${largest} ${r.scenario}: ${s(r.result.wallMs)} s (goal < ${limit} s) ${verdict(r.result.wallMs < limit * 1000)}`,
    );
  }
  const peak = Math.max(...results.map((r) => mb(r.result.maxRssKb)));
  console.log(`Peak RSS of any import: ${peak} MB (goal ≤ ${goal.rssMb} MB) ${verdict(peak <= goal.rssMb)}`);
  if (sizes.length >= 2) {
    const first = (size: number) => results.find((r) => r.size === size && r.scenario === "first import")!;
    const small = first(Math.min(...sizes));
    const large = first(largest);
    const ratio = large.result.wallMs / large.size / (small.result.wallMs / small.size);
    console.log(
      `Time per record, first import at ${large.size} vs ${small.size}: ratio ${ratio.toFixed(2)} (goal ≤ ${goal.ratio}) ${verdict(ratio <= goal.ratio)}`,
    );
    const rss = mb(large.result.maxRssKb) / mb(small.result.maxRssKb);
    console.log(`Peak RSS, first import at ${large.size} vs ${small.size}: ×${rss.toFixed(2)}`);
  }
}
