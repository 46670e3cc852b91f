// The load benchmark's figures, per route group and overall, and whether the goal was met.
import os from "node:os";
import type { DatabaseFacts } from "./data";
import type { EditorOutcome } from "./editor";
import type { ImportRun } from "./import";
import { percentile, type TrafficResult } from "./traffic";

export interface LoadReport {
  traffic: TrafficResult;
  saves: EditorOutcome;
  imported: ImportRun;
  facts: DatabaseFacts;
  settings: { practices: number; requests: number; connections: number; importRecords: number; poolSize?: string };
  loadSeconds: number;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Prints the figures; true when the goal is met. */
export function printReport({ traffic, saves, imported, facts, settings, loadSeconds }: LoadReport): boolean {
  const rows: Record<string, Record<string, number | string>> = {};
  const all: number[] = [];
  let bad = 0;
  let errors = 0;
  for (const [group, g] of [...traffic.groups].sort((a, b) => b[1].requests - a[1].requests)) {
    const groupBad = sum([...g.bad.values()]);
    bad += groupBad;
    errors += g.errors;
    all.push(...g.latencies);
    rows[group] = {
      requests: g.requests,
      "p50 ms": Math.round(percentile(g.latencies, 50)),
      "p99 ms": Math.round(percentile(g.latencies, 99)),
      "max ms": Math.round(percentile(g.latencies, 100)),
      "non-2xx/3xx": groupBad,
      errors: g.errors,
    };
  }
  const rps = traffic.total / traffic.seconds;
  rows.overall = {
    requests: traffic.total,
    "p50 ms": Math.round(percentile(all, 50)),
    "p99 ms": Math.round(percentile(all, 99)),
    "max ms": Math.round(percentile(all, 100)),
    "non-2xx/3xx": bad,
    errors,
  };

  console.log(
    `\nbench:load — ${settings.practices.toLocaleString("en")} synthetic practices, ${settings.connections} connections, ${traffic.total.toLocaleString("en")} requests in ${traffic.seconds.toFixed(1)} s (${rps.toFixed(1)} req/s), app pool ${settings.poolSize ?? "default"}, ${os.cpus().length} cores, load average after ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.table(rows);
  for (const [group, g] of traffic.groups) {
    if (g.samples.length > 0)
      console.log(
        `  ${group}: ${[...g.bad].map(([status, n]) => `${n}× ${status}`).join(", ")} ${g.errors ? `${g.errors} errors` : ""} e.g. ${g.samples.join("; ")}`,
      );
  }

  const answered = saves.saved + saves.conflicts;
  console.log(
    `\nEditor (Chromium, admin app): ${saves.saved} saved, ${saves.conflicts} refused as conflicts (someone saved first; shown to the editor), ${saves.failed} failed; ` +
      `open-edit-save p50 ${percentile(saves.durations, 50).toFixed(2)} s, p99 ${percentile(saves.durations, 99).toFixed(2)} s. ` +
      `The database holds ${facts.editorRevisions} revisions by the editor.`,
  );
  for (const failure of saves.failures) console.log(`  failed: ${failure}`);

  const r = imported.report;
  console.log(
    `\nImport (npm run ingest, ${settings.importRecords.toLocaleString("en")} records): ${imported.ok ? "applied" : `FAILED (exit ${imported.exitCode})`} in ${imported.seconds.toFixed(1)} s ` +
      `(from ${imported.from.toFixed(1)} s to ${imported.to.toFixed(1)} s of the ${loadSeconds.toFixed(1)} s load)` +
      (r
        ? `: ${r.records} records, ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.candidates} duplicate candidates, ${r.conflicts} conflicts, ${r.errors?.length ?? 0} errors`
        : "") +
      `. Batches recorded: ${facts.importBatches}; its practice revisions: ${facts.importRevisions}.`,
  );
  if (!imported.ok) console.log(imported.stderr);
  console.log(
    `Database: ${facts.practices.toLocaleString("en")} practices after the load, ${facts.deadlocks} deadlocks detected by PostgreSQL.`,
  );

  const ok =
    bad === 0 &&
    errors === 0 &&
    saves.failed === 0 &&
    answered > 0 &&
    imported.ok &&
    facts.editorRevisions === saves.saved;
  console.log(
    ok
      ? "\nGoal met: no errors, no answer outside 2xx/3xx, every save answered, the import applied."
      : "\nGoal NOT met (see above).",
  );
  return ok;
}
