import { z } from "zod";

export type Environment = Record<string, string | undefined>;

const secretLength = "AUTH_SECRET must be at least 32 characters.";

/**
 * The admin app's auth settings, validated by one schema for the admin app and for `npm start` (which
 * passes them on to it). A production admin server requires AUTH_SECRET; the launcher generates one
 * when it is absent.
 */
export function authSettingsSchema(options: { secretRequired: boolean }) {
  return z.object({
    /** Signs the admin app's session cookies (JWT). */
    AUTH_SECRET: options.secretRequired
      ? z
          .string("AUTH_SECRET is required in production: set it to a random string of 32 characters or more.")
          .min(32, secretLength)
      : z.string().min(32, secretLength).optional(),
    /** The admin app's public address; its scheme decides whether cookies are Secure (https). */
    NEXTAUTH_URL: z.url().optional(),
    /** The public site's address, for the admin app's links to it. */
    PUBLIC_SITE_URL: z.url().optional(),
  });
}

/** The environment with AUTH_SECRET read from NEXTAUTH_SECRET (next-auth v4's name) when only that is set. */
export function withAuthSecretAlias(environment: Environment): Environment {
  return { ...environment, AUTH_SECRET: environment.AUTH_SECRET ?? environment.NEXTAUTH_SECRET };
}
