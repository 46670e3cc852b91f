import { z } from "zod";

/** End-to-end settings. The ports default to ones `npm start` does not use, so both can run at once. */
export const e2eEnv = z
  .object({
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
    E2E_WEB_PORT: z.coerce.number().int().default(3100),
    E2E_ADMIN_PORT: z.coerce.number().int().default(3101),
    TEST_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  })
  .parse(process.env);

export const webUrl = `http://localhost:${e2eEnv.E2E_WEB_PORT}`;
export const adminUrl = `http://localhost:${e2eEnv.E2E_ADMIN_PORT}`;

/** Where the global setup keeps an app's stdout and stderr (see serverOutput in the specs' helpers). */
export function serverOutputFile(dir: string, app: "web" | "admin"): string {
  return `${dir}/${app}.log`;
}
