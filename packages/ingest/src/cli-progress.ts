import { SingleBar } from "cli-progress";
import type { ImportProgress } from "./api";

/** Below this size a file reads in a blink: no bar. */
const BAR_FROM_BYTES = 1 << 20;

/**
 * A progress bar on stderr, only on a terminal and only for long files; elsewhere (pipes, CI,
 * `npm start`) it does nothing, so logs stay readable. Files are written as they are read, so the
 * bytes read measure the whole import but its last step.
 */
export function createProgress(stream: NodeJS.WriteStream): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let bar: SingleBar | null = null;
  let file = "";
  return {
    update(progress) {
      if (progress.stage === "read") {
        if (progress.totalBytes === null || progress.totalBytes < BAR_FROM_BYTES) return;
        if (file !== progress.file) {
          bar?.stop();
          file = progress.file;
          bar = new SingleBar(
            { stream, format: `${file} [{bar}] {percentage}% | {value}/{total} MB`, hideCursor: true },
            undefined,
          );
          bar.start(Math.ceil(progress.totalBytes / 1e6), 0);
        }
        bar?.update(Math.floor(progress.bytes / 1e6));
      } else if (progress.stage === "finish" && bar) {
        bar.update(bar.getTotal());
        bar.stop();
        bar = null;
        stream.write("Comparing, proposing duplicate candidates and finishing…\n");
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
