import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client-core";
import { hashPassword } from "../auth/password";
import { users, userSessions } from "../schema";
import { recordAudit } from "./audit";

export type Role = "editor" | "admin";
export const roles = ["editor", "admin"] as const satisfies readonly Role[];

/** A user as the apps see it: never the password hash. */
export interface UserSummary {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

const summary = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  lastSignInAt: users.lastSignInAt,
  createdAt: users.createdAt,
};

export class UserError extends Error {}

/** Emails are stored lower-cased and trimmed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface CreateUserParams {
  email: string;
  password: string;
  role: Role;
  name?: string | null;
  /** The admin who created the account; null for the command line. */
  actorId?: number | null;
}

/** Creates a user with an argon2id hash of the password. Throws UserError if the email is taken. */
export async function createUser(db: Db, params: CreateUserParams): Promise<UserSummary> {
  const email = normaliseEmail(params.email);
  const passwordHash = await hashPassword(params.password);
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) throw new UserError(`A user with the email ${email} already exists.`);
    const [user] = await tx
      .insert(users)
      .values({ email, name: params.name?.trim() || null, passwordHash, role: params.role })
      .returning(summary);
    await recordAudit(tx, {
      userId: params.actorId ?? null,
      action: "user.create",
      subjectType: "user",
      subjectId: user!.id,
      after: { email, name: user!.name, role: params.role },
    });
    return user!;
  });
}

export async function findUserByEmail(db: Db, email: string): Promise<(UserSummary & { passwordHash: string }) | null> {
  const [user] = await db
    .select({ ...summary, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`);
  return user ?? null;
}

export async function getUser(db: Db, id: number): Promise<UserSummary | null> {
  const [user] = await db.select(summary).from(users).where(eq(users.id, id));
  return user ?? null;
}

export interface UserListParams {
  page: number;
  pageSize: number;
  sort?: "email" | "role" | "createdAt" | "lastSignInAt";
  desc?: boolean;
}

/** Users by email (or another column), one page and the total. */
export async function listUsers(
  db: Db,
  params: UserListParams = { page: 0, pageSize: 1000 },
): Promise<{ rows: UserSummary[]; total: number }> {
  const column = { email: users.email, role: users.role, createdAt: users.createdAt, lastSignInAt: users.lastSignInAt }[
    params.sort ?? "email"
  ];
  const rows = await db
    .select(summary)
    .from(users)
    .orderBy(params.desc ? sql`${column} desc nulls last` : sql`${column} asc nulls last`, asc(users.id))
    .limit(params.pageSize)
    .offset(params.page * params.pageSize);
  const [total] = await db.select({ n: count() }).from(users);
  return { rows, total: total?.n ?? 0 };
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

async function requireUser(db: Db, id: number): Promise<UserSummary> {
  const user = await getUser(db, id);
  if (!user) throw new UserError("No such user.");
  return user;
}

/**
 * Locks the enabled admins' rows (in id order, so two callers never deadlock), then reads the user:
 * the last enabled admin cannot be demoted or disabled. Taking the lock before reading the user
 * makes two admins who disable or demote each other at once take turns, and the second then sees
 * the first one's change.
 */
async function lockEnabledAdmins(db: Db, id: number): Promise<{ user: UserSummary; lastAdmin: boolean }> {
  const rows = await db.execute<{ id: number }>(
    sql`select id from users where role = 'admin' and disabled_at is null order by id for update`,
  );
  const user = await requireUser(db, id);
  const others = rows.filter((r) => r.id !== id).length;
  return { user, lastAdmin: user.role === "admin" && !user.disabledAt && others === 0 };
}

/** Ends every open session of a user at `now`. */
async function revokeSessions(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

/** Writes a change to a user's row and its audit event (user.<action>), in the caller's transaction. */
async function updateUser(
  db: Db,
  user: UserSummary,
  change: Partial<typeof users.$inferInsert>,
  audit: { actorId: number | null; action: string; before?: unknown; after?: unknown },
): Promise<UserSummary> {
  const [updated] = await db
    .update(users)
    .set({ updatedAt: new Date(), ...change })
    .where(eq(users.id, user.id))
    .returning(summary);
  await recordAudit(db, {
    userId: audit.actorId,
    action: `user.${audit.action}`,
    subjectType: "user",
    subjectId: user.id,
    before: audit.before,
    after: audit.after,
  });
  return updated!;
}

export async function setUserRole(
  db: Db,
  params: { id: number; role: Role; actorId: number | null },
): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const { user, lastAdmin } = await lockEnabledAdmins(tx, params.id);
    if (user.role === params.role) return user;
    if (lastAdmin) throw new UserError("This is the last admin; make another user admin first.");
    return updateUser(
      tx,
      user,
      { role: params.role },
      { actorId: params.actorId, action: "role", before: { role: user.role }, after: { role: params.role } },
    );
  });
}

/** Disables a user and ends their sessions at once. */
export async function disableUser(db: Db, params: { id: number; actorId: number | null }): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const { user, lastAdmin } = await lockEnabledAdmins(tx, params.id);
    if (user.disabledAt) return user;
    if (lastAdmin) throw new UserError("This is the last admin; it cannot be disabled.");
    const now = new Date();
    const updated = await updateUser(
      tx,
      user,
      { disabledAt: now, updatedAt: now },
      { actorId: params.actorId, action: "disable", before: { disabled: false }, after: { disabled: true } },
    );
    await revokeSessions(tx, user.id, now);
    return updated;
  });
}

export async function enableUser(db: Db, params: { id: number; actorId: number | null }): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const user = await requireUser(tx, params.id);
    if (!user.disabledAt) return user;
    return updateUser(
      tx,
      user,
      { disabledAt: null },
      { actorId: params.actorId, action: "enable", before: { disabled: true }, after: { disabled: false } },
    );
  });
}

/** Sets a new password and ends the user's sessions, so a leaked session stops working too. */
export async function resetPassword(
  db: Db,
  params: { id: number; password: string; actorId: number | null },
): Promise<void> {
  const passwordHash = await hashPassword(params.password);
  await db.transaction(async (tx) => {
    const user = await requireUser(tx, params.id);
    const now = new Date();
    // The hash is never written to the log.
    await updateUser(tx, user, { passwordHash, updatedAt: now }, { actorId: params.actorId, action: "password_reset" });
    await revokeSessions(tx, user.id, now);
  });
}

/** Users that are enabled, for filters (e.g. the audit log's "who"). */
export async function userOptions(db: Db): Promise<Array<{ id: number; email: string }>> {
  return db.select({ id: users.id, email: users.email }).from(users).orderBy(asc(users.email));
}
