import { authSettingsSchema, withAuthSecretAlias } from "@gp/db/auth/settings";
import { z } from "zod";

const schema = z.object({
  /** Ports of the public site and the admin app under `npm start`. */
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ADMIN_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
});

/** The launcher's settings: the apps' ports. */
export const env = schema.parse(process.env);

/** Settings `npm start` passes on to the admin app (validated as the admin app validates them). */
export const authEnv = authSettingsSchema({ secretRequired: false }).parse(withAuthSecretAlias(process.env));
