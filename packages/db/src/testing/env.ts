import { z } from "zod";

/** Test settings: TEST_DATABASE_URL runs the tests on that server instead of an embedded one. */
export const testEnv = z
  .object({ TEST_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional() })
  .parse(process.env);
