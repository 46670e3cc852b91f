import { z } from "zod";

/**
 * What the sign-in form sends. The email is not checked for a public domain: accounts such as the
 * first admin `npm start` creates (admin@localhost) must sign in, and an address no account has is
 * refused like a wrong password anyway.
 */
export const signInCredentials = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1000),
});
