// Creates the admin app's test accounts, and the settings the admin app needs under test.
import { randomBytes } from "node:crypto";
import type { Db } from "@gp/db";
import { createUser } from "@gp/db/users";
import { e2eAdmin, e2eEditor } from "./admin-accounts";
import { adminUrl, webUrl } from "./env";

export async function createE2eUsers(db: Db): Promise<void> {
  await createUser(db, { ...e2eAdmin, role: "admin" });
  await createUser(db, { ...e2eEditor, role: "editor" });
}

/** Environment of the admin app under test: a throwaway secret; cookies not Secure on http://localhost. */
export function adminAppEnv(): Record<string, string> {
  const secret = randomBytes(32).toString("base64url");
  return { AUTH_SECRET: secret, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: adminUrl, PUBLIC_SITE_URL: webUrl };
}
