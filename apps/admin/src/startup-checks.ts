import { z } from "zod";
import { env } from "./env";

/**
 * A production server without a valid AUTH_SECRET stops at start, saying why, rather than running
 * and then failing every request that needs a session.
 */
export function checkEnvironment(): void {
  try {
    env();
  } catch (error) {
    const reason = error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join(" ") : String(error);
    console.error(`[admin] Cannot start: ${reason}`);
    process.exit(1);
  }
}
