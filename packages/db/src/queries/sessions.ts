import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { signInAttempts, users, userSessions } from "../schema";
import type { Role } from "./users";

export interface ActiveSession {
  sessionId: string;
  expiresAt: Date;
  user: { id: number; email: string; name: string | null; role: Role };
}

export async function createSession(
  db: Db,
  params: { userId: number; ttlSeconds: number; ip?: string | null; userAgent?: string | null },
): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + params.ttlSeconds * 1000);
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: params.userId,
      expiresAt,
      ip: params.ip ?? null,
      userAgent: params.userAgent?.slice(0, 400) ?? null,
    })
    .returning({ id: userSessions.id });
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, params.userId));
  return { id: row!.id, expiresAt };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session with its user, or null when it is unknown, revoked, expired, or its user is disabled. */
export async function getActiveSession(db: Db, sessionId: string): Promise<ActiveSession | null> {
  if (!uuid.test(sessionId)) return null;
  const [row] = await db
    .select({
      sessionId: userSessions.id,
      expiresAt: userSessions.expiresAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    );
  if (!row) return null;
  return {
    sessionId: row.sessionId,
    expiresAt: row.expiresAt,
    user: { id: row.id, email: row.email, name: row.name, role: row.role },
  };
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  if (!uuid.test(sessionId)) return;
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

export interface RateLimit {
  /** Failed attempts allowed in the window, per email and per IP. */
  limit: number;
  windowSeconds: number;
}

export const signInRateLimit: RateLimit = { limit: 5, windowSeconds: 15 * 60 };

export interface SignInBlock {
  by: "email" | "ip";
  /** When the oldest counted failure leaves the window, and one more attempt is allowed. */
  retryAt: Date;
}

/**
 * Whether sign-in is blocked for this email or IP: `limit` failures in the window. For the email,
 * only failures after its last successful sign-in count, so signing in resets the count.
 */
export async function signInBlocked(
  db: Db,
  params: { email: string; ip: string; rateLimit?: RateLimit },
): Promise<SignInBlock | null> {
  const { limit, windowSeconds } = params.rateLimit ?? signInRateLimit;
  const email = params.email.trim().toLowerCase();
  const since = sql`now() - make_interval(secs => ${windowSeconds})`;
  const rows = await db.execute<{ by: "email" | "ip"; n: number; oldest: number | null }>(sql`
    with email_failures as (
      select at from ${signInAttempts}
      where email = ${email} and not succeeded and at > ${since}
        and at > coalesce((select max(at) from ${signInAttempts} where email = ${email} and succeeded), '-infinity')
      order by at desc limit ${limit}
    ), ip_failures as (
      select at from ${signInAttempts}
      where ip = ${params.ip} and not succeeded and at > ${since}
      order by at desc limit ${limit}
    )
    select 'email' as by, count(*)::int as n, (extract(epoch from min(at)) * 1000)::float8 as oldest from email_failures
    union all
    select 'ip', count(*)::int, (extract(epoch from min(at)) * 1000)::float8 from ip_failures`);
  for (const row of rows) {
    if (row.n >= limit && row.oldest !== null) {
      return { by: row.by, retryAt: new Date(row.oldest + windowSeconds * 1000) };
    }
  }
  return null;
}

/** Advisory lock class of the sign-in limit (two-key form: this class, then a hash of the email or IP). */
const SIGN_IN_LOCK = 0x5167_6e49;

export type SignInOutcome<User> = { blocked: SignInBlock } | { blocked: null; user: User | null };

/**
 * One sign-in attempt under the rate limit: check, then record the attempt as failed, then verify,
 * then mark it succeeded if it did. The check and the record are one step under transaction-scoped
 * advisory locks on the email and on the IP, so parallel requests cannot all pass the check before
 * any is recorded: at most `limit` attempts per email and per IP are ever verified in a window,
 * however many arrive at once. The locks are held for two short queries, not for the verification
 * (argon2), so a burst does not hold the connection pool. An attempt whose verification never ends
 * (a crash) stays counted as failed.
 */
export async function attemptSignIn<User>(
  db: Db,
  params: { email: string; ip: string; rateLimit?: RateLimit },
  verify: () => Promise<User | null>,
): Promise<SignInOutcome<User>> {
  const email = params.email.trim().toLowerCase();
  const admission = await db.transaction(async (tx) => {
    // Both locks in a fixed order (by key), so two attempts never wait for each other in a circle.
    await tx.execute(sql`
      select pg_advisory_xact_lock(${SIGN_IN_LOCK}, k)
      from (select unnest(array[hashtext(${`email:${email}`}), hashtext(${`ip:${params.ip}`})]) as k order by k) keys`);
    const blocked = await signInBlocked(tx, { email, ip: params.ip, rateLimit: params.rateLimit });
    if (blocked) return { blocked } as const;
    const [row] = await tx
      .insert(signInAttempts)
      .values({ email, ip: params.ip, succeeded: false })
      .returning({ id: signInAttempts.id });
    return { blocked: null, attemptId: row!.id } as const;
  });
  if (admission.blocked) return { blocked: admission.blocked };
  const user = await verify();
  if (user !== null)
    await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, admission.attemptId));
  return { blocked: null, user };
}

/** Records a finished attempt as it was (tests and tools; sign-in itself goes through attemptSignIn). */
export async function recordSignInAttempt(
  db: Db,
  params: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db
    .insert(signInAttempts)
    .values({ email: params.email.trim().toLowerCase(), ip: params.ip, succeeded: params.succeeded });
}
