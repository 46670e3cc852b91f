import { SingleBar } from "cli-progress";
import type { ImportProgress } from "./api";

/** Below this size a file reads in a blink: no bar. */
const BAR_FROM_BYTES = 1 << 20;

/**
 * A progress bar on stderr, only on a terminal and only for long files; elsewhere (pipes, CI,
 * `npm start`) it does nothing, so logs stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let bar: SingleBar | null = null;
  let stage = "";
  const start = (name: string, total: number, unit: string) => {
    bar?.stop();
    stage = name;
    bar = new SingleBar({ stream, format: `${name.padEnd(8)} [{bar}] {percentage}% | {value}/{total} ${unit}`, hideCursor: true, clearOnComplete: false }, undefined);
    bar.start(total, 0);
  };
  return {
    update(progress) {
      if (progress.stage === "read") {
        if (progress.totalBytes === null || progress.totalBytes < BAR_FROM_BYTES) return;
        if (stage !== `read ${progress.file}`) {
          start("reading", Math.ceil(progress.totalBytes / 1024), "KB");
          stage = `read ${progress.file}`;
        }
        bar?.update(Math.ceil(progress.bytes / 1024));
      } else if (progress.stage === "plan") {
        if (bar) {
          bar.stop();
          bar = null;
          stream.write("planning…\n");
        }
        stage = "plan";
      } else if (stage !== "" && progress.total >= 1000) {
        if (stage !== "write") start("writing", progress.total, "rows");
        bar?.update(progress.done);
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
