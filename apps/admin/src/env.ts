import { authSettingsSchema, withAuthSecretAlias } from "@gp/db/auth/settings";
import { z } from "zod";

const production = process.env.NODE_ENV === "production";

/**
 * AUTH_SECRET, NEXTAUTH_URL and PUBLIC_SITE_URL as @gp/db/auth validates them (`npm start` passes them
 * on, generating the secret once into .data/auth-secret on the embedded default); the secret is
 * required in production.
 */
const schema = authSettingsSchema({ secretRequired: production }).extend({
  /** Hours a session lasts after sign-in. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /**
   * Longest a database statement of a request may run (ms); longer than the public site's, as
   * editors' merges and bulk edits do more. Imports raise it for their own transaction.
   */
  ADMIN_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

export type AdminEnv = Omit<z.infer<typeof schema>, "AUTH_SECRET"> & { AUTH_SECRET: string };
let parsed: AdminEnv | null = null;

/**
 * The admin app's settings, validated on first use (at request time, not while `next build`
 * imports the modules), so a production server without AUTH_SECRET refuses every sign-in loudly.
 */
export function env(): AdminEnv {
  if (!parsed) {
    const settings = schema.parse(withAuthSecretAlias(process.env));
    // Outside production (next dev, unit tests) a fixed secret will do; a production server has its own.
    parsed = {
      ...settings,
      AUTH_SECRET: settings.AUTH_SECRET ?? "development-only secret, never used in production builds",
    };
  }
  return parsed;
}
