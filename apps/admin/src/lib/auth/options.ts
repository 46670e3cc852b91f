import { verifyDecoy, verifyPassword } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { attemptSignIn, createSession, findUserByEmail, revokeSession } from "@gp/db/users";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { sameOriginPath } from "./callback-url";
import { signInCredentials } from "./sign-in-credentials";
import { clientIp } from "./client-ip";
import { blockedCode, invalidInputCode } from "./sign-in-errors";

/**
 * next-auth v4, built on first use (the secret is read at request time). Sessions are JWT cookies
 * (httpOnly, SameSite=Lax; Secure when NEXTAUTH_URL is https) that carry a user_sessions id; every
 * request checks that row (see guard.ts), so signing out or disabling a user ends the session at once.
 */
export function authOptions(): NextAuthOptions {
  const { AUTH_SECRET, SESSION_HOURS } = env();
  const maxAge = SESSION_HOURS * 3600;
  return {
    secret: AUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(input, req) {
          const parsed = signInCredentials.safeParse(input);
          if (!parsed.success) throw new Error(invalidInputCode);
          const { email, password } = parsed.data;
          const headers = (req.headers ?? {}) as Record<string, string | undefined>;
          const ip = clientIp(headers["x-forwarded-for"]);
          const db = getDb();

          // The limit is checked and the attempt counted before the password is looked at, as one
          // step (see attemptSignIn), so neither a blocked attacker nor a burst of parallel requests
          // gets more than five guesses.
          const outcome = await attemptSignIn(db, { email, ip }, async () => {
            const user = await findUserByEmail(db, email);
            const ok =
              user && !user.disabledAt
                ? await verifyPassword(user.passwordHash, password)
                : await verifyDecoy(password);
            return ok && user ? user : null;
          });
          if (outcome.blocked) throw new Error(blockedCode(outcome.blocked.by, outcome.blocked.retryAt));
          const user = outcome.user;
          if (!user) return null;
          const session = await createSession(db, {
            userId: user.id,
            ttlSeconds: maxAge,
            ip,
            userAgent: headers["user-agent"],
          });
          return { id: String(user.id), email: user.email, name: user.name, sid: session.id };
        },
      }),
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out: this app only, whatever the
      // callbackUrl field or cookie says.
      redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl) ?? "/", baseUrl).toString();
      },
      jwt({ token, user }) {
        if (user && "sid" in user && typeof user.sid === "string") token.sid = user.sid;
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(getDb(), token.sid);
      },
    },
  };
}
