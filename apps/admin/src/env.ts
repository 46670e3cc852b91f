import { z } from "zod";

const production = process.env.NODE_ENV === "production";

const schema = z.object({
  /**
   * Signs the session cookies (JWT). Required in production; `npm start` passes one (generated once
   * into .data/auth-secret on the embedded default). NEXTAUTH_SECRET is accepted as next-auth v4's name.
   */
  AUTH_SECRET: production
    ? z
        .string("AUTH_SECRET is required in production: set it to a random string of 32 characters or more.")
        .min(32, "AUTH_SECRET must be at least 32 characters.")
    : z.string().min(32).default("development-only secret, never used in production builds"),
  /** The admin app's public address; its scheme decides whether cookies are Secure (https). */
  NEXTAUTH_URL: z.url().optional(),
  /** The public site's address, for "view on the public site" links (npm start passes it). */
  PUBLIC_SITE_URL: z.url().optional(),
  /** Hours a session lasts after sign-in. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
});

export type AdminEnv = z.infer<typeof schema>;
let parsed: AdminEnv | null = null;

/**
 * The admin app's settings, validated on first use (at request time, not while `next build`
 * imports the modules), so a production server without AUTH_SECRET refuses every sign-in loudly.
 */
export function env(): AdminEnv {
  parsed ??= schema.parse({ ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  return parsed;
}
