import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "./env";

/** The repository root (this file is packages/db/src/paths.ts). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Local state of the embedded default: the cluster, the auth secret, the first admin's password. */
export const dataDir = env.DATA_DIR ? path.resolve(env.DATA_DIR) : path.join(repoRoot, ".data");
