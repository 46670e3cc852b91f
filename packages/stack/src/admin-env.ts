import { dataDir } from "@gp/db/paths";
import { authEnv, env } from "./env";
import { ensureAuthSecret } from "./local-auth";

/**
 * The admin app's session secret and public address. AUTH_SECRET comes from the environment; on the
 * embedded default it may be omitted and is generated once into .data/auth-secret (mode 600).
 * Cookies are Secure when NEXTAUTH_URL is https; `npm start` serves http://localhost, so they are not.
 */
export async function adminAuthEnv(embedded: boolean): Promise<Record<string, string>> {
  let secret = authEnv.AUTH_SECRET;
  if (!secret) {
    if (!embedded)
      throw new Error(
        "AUTH_SECRET is not set. With DATABASE_URL, set AUTH_SECRET to a random string of 32+ characters (e.g. `openssl rand -base64 32`).",
      );
    secret = await ensureAuthSecret(dataDir);
  }
  return {
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: authEnv.NEXTAUTH_URL ?? `http://localhost:${env.ADMIN_PORT}`,
    PUBLIC_SITE_URL: authEnv.PUBLIC_SITE_URL ?? `http://localhost:${env.WEB_PORT}`,
  };
}
