import { z } from "zod";

/** Test settings, for vitest and Playwright alike. */
export const testEnv = z
  .object({
    /** Run the tests on this server instead of an embedded one. */
    TEST_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** The seed of every property test (fast-check); a failure prints the one it ran with. */
    FC_SEED: z.coerce.number().int().default(20_261_129),
  })
  .parse(process.env);
