import { verifyDecoy, verifyPassword } from "@gp/db/auth";
import { getDb } from "@gp/db/client";
import { createSession, findUserByEmail, recordSignInAttempt, revokeSession, signInBlocked } from "@gp/db/users";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/env";
import { clientIp } from "./client-ip";

const credentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1000),
});

/** Shown when the rate limit refuses a sign-in; the sign-in form displays it as is. */
function blockedMessage(by: "email" | "ip", retryAt: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
  const who = by === "email" ? "for this email address" : "from your network";
  return `Too many failed sign-ins ${who}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

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
          const parsed = credentials.safeParse(input);
          if (!parsed.success) throw new Error("Enter your email address and your password.");
          const { email, password } = parsed.data;
          const headers = (req.headers ?? {}) as Record<string, string | undefined>;
          const ip = clientIp(headers["x-forwarded-for"]);
          const db = getDb();

          // Checked before the password, so a blocked attacker learns nothing more.
          const block = await signInBlocked(db, { email, ip });
          if (block) throw new Error(blockedMessage(block.by, block.retryAt));

          const user = await findUserByEmail(db, email);
          const ok =
            user && !user.disabledAt ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password);
          await recordSignInAttempt(db, { email, ip, succeeded: ok });
          if (!ok || !user) return null;
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
