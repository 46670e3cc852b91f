import { z } from "zod";

const schema = z.object({
  /** Signs the admin app's session cookies. Required in production; the embedded default generates one. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters.").optional(),
  /** The admin app's public address, e.g. https://admin.example.org (next-auth v4 needs it). */
  NEXTAUTH_URL: z.url().optional(),
  /** The public site's address, for the admin app's links to it. */
  PUBLIC_SITE_URL: z.url().optional(),
});

/** Settings `npm start` passes on to the admin app. */
export const authEnv = schema.parse(process.env);
