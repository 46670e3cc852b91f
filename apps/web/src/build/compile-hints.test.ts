import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

describe("compile hints", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("put V8's hint at the top of every client script once, and leave other files alone", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "gp-hints-"));
    await mkdir(path.join(dir, "app"));
    await writeFile(path.join(dir, "a.js"), "console.log(1);");
    await writeFile(path.join(dir, "app", "b.js"), "(globalThis.TURBOPACK||[]).push([]);");
    await writeFile(path.join(dir, "c.css"), "body{}");
    expect(await addCompileHints(dir)).toEqual({ added: 2, kept: 0 });
    expect(await readFile(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);`);
    expect(await readFile(path.join(dir, "app", "b.js"), "utf8")).toBe(
      `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([]);`,
    );
    expect(await readFile(path.join(dir, "c.css"), "utf8")).toBe("body{}");
    // A second run (turbo replaying a build, a build run twice) adds nothing.
    expect(await addCompileHints(dir)).toEqual({ added: 0, kept: 2 });
    expect(await readFile(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);`);
  });
});
