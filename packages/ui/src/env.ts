import { z } from "zod";

/** What @gp/ui reads from the environment: only whether this is a development server. */
export const uiEnv = z
  .object({ NODE_ENV: z.enum(["development", "production", "test"]).default("production") })
  .parse({ NODE_ENV: process.env.NODE_ENV });
