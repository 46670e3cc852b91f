import { z } from "zod";

/** The command line's settings. The database comes from @gp/db (DATABASE_URL or the embedded one). */
export const env = z
  .object({
    /** Where `npm run` was invoked: relative file names are resolved from there. */
    INIT_CWD: z.string().min(1).optional(),
  })
  .parse(process.env);
