import { configurePools } from "@gp/db/client";
import { z } from "zod";
import { env } from "./env";

/**
 * A production server without a valid AUTH_SECRET stops at start, saying why, rather than running
 * and then failing every request that needs a session. The database pools get their settings here,
 * before the first request.
 */
export function checkEnvironment(): void {
  try {
    configurePools({ statementTimeoutMs: env().ADMIN_STATEMENT_TIMEOUT_MS });
  } catch (error) {
    const reason = error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join(" ") : String(error);
    console.error(`[admin] Cannot start: ${reason}`);
    process.exit(1);
  }
}
