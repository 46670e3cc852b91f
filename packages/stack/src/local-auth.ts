import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@gp/db";
import { countUsers, createUser } from "@gp/db/users";

// The embedded default's local auth state, kept beside its cluster: `npm start` only (the apps never
// touch the file system; in production AUTH_SECRET comes from the environment and admins from `npm run users`).

/** Where the embedded default keeps its generated auth secret and first admin's password. */
export function authFiles(dataDir: string): { secret: string; initialAdmin: string } {
  return { secret: path.join(dataDir, "auth-secret"), initialAdmin: path.join(dataDir, "initial-admin.txt") };
}

/** The auth secret in dataDir, generated on first use (mode 600, readable by its owner only). */
export async function ensureAuthSecret(dataDir: string): Promise<string> {
  const file = authFiles(dataDir).secret;
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

export const initialAdminEmail = "admin@localhost";

/**
 * On a database without users, creates admin@localhost with a random password, saved in
 * dataDir/initial-admin.txt (mode 600). Returns the credentials when it created them, so the
 * caller prints them once; null when users already exist.
 */
export async function ensureInitialAdmin(
  db: Db,
  dataDir: string,
): Promise<{ email: string; password: string; file: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = randomBytes(15).toString("base64url");
  const file = authFiles(dataDir).initialAdmin;
  await createUser(db, { email: initialAdminEmail, password, role: "admin", name: "Administrator" });
  await writeFile(file, `email: ${initialAdminEmail}\npassword: ${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { email: initialAdminEmail, password, file };
}
