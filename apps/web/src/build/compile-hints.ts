import { open, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * V8's explicit compile hint for a whole script (Chrome 136+): every function in it is compiled eagerly,
 * on a background thread while the script streams in, instead of lazily on the main thread at its first
 * call. The browser's scripts of this site (React, the App Router, the page's components) run almost all
 * their functions as the page hydrates, so their lazy compilation was most of the main thread's longest
 * task on a phone (the evaluation of the modules). https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Puts the hint at the top of every script of the build's client chunks; a script that has it is left as it is. */
export async function addCompileHints(chunksDir: string): Promise<{ added: number; kept: number }> {
  let added = 0;
  let kept = 0;
  for (const name of await readdir(chunksDir, { recursive: true })) {
    if (!name.endsWith(".js")) continue;
    const file = path.join(chunksDir, name);
    if (await startsWithHint(file)) {
      kept++;
      continue;
    }
    await writeFile(file, COMPILE_HINT + (await readFile(file, "utf8")));
    added++;
  }
  return { added, kept };
}

async function startsWithHint(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(COMPILE_HINT.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString("utf8") === COMPILE_HINT;
  } finally {
    await handle.close();
  }
}
