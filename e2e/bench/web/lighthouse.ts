import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "@gp/db/testing/servers";
import lighthouse from "lighthouse";

/** One Lighthouse run: the scores and the metrics that make the performance score, in milliseconds (CLS unitless). */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  speedIndex: number;
  tbt: number;
  cls: number;
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Every run's performance score; `performance` is their median. */
  runs: number[];
  /** Every run's metrics, in order. */
  details: LighthouseRun[];
}

/** Runs that fail this way are the browser's, not the page's: Lighthouse saw no navigation start in its trace. */
const RETRIED = new Set(["NO_NAVSTART", "NO_FCP"]);
const ATTEMPTS = 3;

/**
 * Lighthouse's defaults (mobile, simulated throttling) on one URL, in Debian's Chromium (CHROME_PATH),
 * three times: the score moves with the machine's load, and Lighthouse's own advice is the median.
 * With `saveDir` (BENCH_LIGHTHOUSE_DIR), each run's report and trace are written there, to read its
 * long tasks, boot-up time and main-thread breakdown afterwards.
 */
export async function runLighthouse(
  url: string,
  times = 3,
  saveDir = process.env.BENCH_LIGHTHOUSE_DIR,
): Promise<LighthouseScores> {
  if (saveDir) await mkdir(saveDir, { recursive: true });
  const details: LighthouseRun[] = [];
  for (let i = 0; i < times; i++)
    details.push(await runWithRetries(url, saveDir && path.join(saveDir, `run-${i + 1}`)));
  const median = [...details].sort((a, b) => a.performance - b.performance)[Math.floor(details.length / 2)]!;
  return {
    performance: median.performance,
    accessibility: median.accessibility,
    runs: details.map((r) => r.performance),
    details,
  };
}

async function runWithRetries(url: string, savePrefix: string | undefined): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, savePrefix);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !RETRIED.has(code) || attempt === ATTEMPTS) throw error;
      console.log(`  Lighthouse: ${code}, running again (attempt ${attempt + 1} of ${ATTEMPTS})`);
    }
  }
}

type Audits = Record<string, { numericValue?: number; details?: unknown }>;
const items = (audits: Audits, id: string) =>
  ((audits[id]?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? []) as Array<
    Record<string, unknown>
  >;
const file = (url: unknown) => (typeof url === "string" ? url.split("/").pop() || url : "?");
const ms = (value: unknown) => Math.round(Number(value));

async function runOnce(url: string, savePrefix: string | undefined): Promise<LighthouseRun> {
  const port = await freePort();
  // Playwright starts the browser; Lighthouse drives it over the DevTools port.
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [`--remote-debugging-port=${port}`, "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const lhr = result?.lhr;
    // A fatal error is the run's; a trace without a navigation start shows as the metrics' own errors.
    const metricError = Object.values(lhr?.audits ?? {})
      .map((audit) => audit.errorMessage ?? "")
      .find((message) => [...RETRIED].some((c) => message.includes(c)));
    const code = lhr?.runtimeError?.code ?? [...RETRIED].find((c) => metricError?.includes(c));
    if (code)
      throw Object.assign(new Error(`Lighthouse: ${code}: ${lhr?.runtimeError?.message ?? metricError}`), { code });
    const performance = lhr?.categories.performance?.score;
    const accessibility = lhr?.categories.accessibility?.score;
    if (typeof performance !== "number" || typeof accessibility !== "number") {
      throw new Error(`Lighthouse gave no scores: ${lhr?.runtimeError?.message ?? "unknown error"}`);
    }
    if (savePrefix) {
      await writeFile(`${savePrefix}.report.json`, JSON.stringify(lhr));
      await writeFile(`${savePrefix}.trace.json`, JSON.stringify(result!.artifacts.Trace));
    }
    const audits = lhr!.audits as Audits;
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    const run: LighthouseRun = {
      performance: Math.round(performance * 100),
      accessibility: Math.round(accessibility * 100),
      fcp: ms(metric("first-contentful-paint")),
      lcp: ms(metric("largest-contentful-paint")),
      speedIndex: ms(metric("speed-index")),
      tbt: ms(metric("total-blocking-time")),
      cls: Number(metric("cumulative-layout-shift").toFixed(3)),
    };
    console.log(
      `  performance ${run.performance}, accessibility ${run.accessibility}: FCP ${run.fcp} ms, LCP ${run.lcp} ms, SI ${run.speedIndex} ms, TBT ${run.tbt} ms, CLS ${run.cls}`,
    );
    // The long tasks (simulated, as they count in TBT: start and duration in ms) and who runs them.
    const longTasks = items(audits, "long-tasks")
      .slice(0, 8)
      .map((t) => `${file(t.url)}@${ms(t.startTime)}+${ms(t.duration)}`);
    console.log(`    long tasks: ${longTasks.join(", ") || "none"}`);
    const bootup = items(audits, "bootup-time")
      .slice(0, 4)
      .map((t) => `${file(t.url)} ${ms(t.scripting)}+${ms(t.scriptParseCompile)}`);
    console.log(`    script time (evaluation+compile, ms): ${bootup.join(", ")}`);
    const work = items(audits, "mainthread-work-breakdown").map((t) => `${t.group} ${ms(t.duration)}`);
    console.log(`    main thread (ms): ${work.join(", ")}`);
    for (const [id, audit] of Object.entries(lhr!.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
        console.log(`    failed: ${id} — ${audit.title}`);
    }
    return run;
  } finally {
    await browser.close();
  }
}

/** The line a benchmark prints for a set of runs: scores and the median metrics. */
export function lighthouseSummary(url: string, scores: LighthouseScores): string {
  const median = (pick: (r: LighthouseRun) => number) => {
    const values = scores.details.map(pick).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)]!;
  };
  return (
    `Lighthouse 12 on ${url} (mobile, simulated throttling), median of ${scores.runs.length}: ` +
    `performance ${scores.performance} (runs: ${scores.runs.join(", ")}), accessibility ${scores.accessibility}; ` +
    `median TBT ${median((r) => r.tbt)} ms (runs: ${scores.details.map((r) => r.tbt).join(", ")}), ` +
    `LCP ${median((r) => r.lcp)} ms (runs: ${scores.details.map((r) => r.lcp).join(", ")}), ` +
    `FCP ${median((r) => r.fcp)} ms, SI ${median((r) => r.speedIndex)} ms`
  );
}
