// `npm run users -- create|list|disable …`: manage admin-app accounts on DATABASE_URL or the
// embedded database (migrated first, so it works on a fresh machine).
import { parseArgs } from "node:util";
import { z } from "zod";
import { minPasswordLength } from "../auth/password";
import { createDb } from "../client-core";
import { acquireDatabase } from "../local";
import { migrate } from "../migrate";
import { createUser, disableUser, findUserByEmail, listUsers, roles, UserError } from "../queries/users";

const usage = `Usage:
  npm run users -- create --email E --password P --role admin|editor [--name N]
  npm run users -- list
  npm run users -- disable --email E`;

const email = z.email("--email must be an email address.");
const commands = {
  create: z.object({
    email,
    password: z.string().min(minPasswordLength, `--password must be at least ${minPasswordLength} characters.`),
    role: z.enum(roles, "--role must be admin or editor."),
    name: z.string().optional(),
  }),
  list: z.object({}),
  disable: z.object({ email }),
};

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
    },
  });
  const command = positionals[0];
  if (!command || !(command in commands)) {
    console.error(usage);
    return 2;
  }
  const parsed = commands[command as keyof typeof commands].safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(issue.message);
    console.error(usage);
    return 2;
  }

  const database = await acquireDatabase();
  const db = createDb(database.url, { max: 2, applicationName: "gp-users" });
  try {
    await migrate(db);
    if (command === "create") {
      const input = commands.create.parse(values);
      const user = await createUser(db, { ...input, actorId: null });
      console.log(`Created ${user.role} ${user.email}.`);
    } else if (command === "list") {
      const { rows } = await listUsers(db);
      if (rows.length === 0) console.log("No users.");
      for (const user of rows) {
        const state = user.disabledAt ? "disabled" : "active";
        const last = user.lastSignInAt ? `last sign-in ${user.lastSignInAt.toISOString()}` : "never signed in";
        console.log(`${user.email}\t${user.role}\t${state}\t${last}`);
      }
    } else {
      const { email: address } = commands.disable.parse(values);
      const user = await findUserByEmail(db, address);
      if (!user) throw new UserError(`No user has the email ${address}.`);
      await disableUser(db, { id: user.id, actorId: null });
      console.log(`Disabled ${user.email}; their sessions have ended.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$client.end();
    await database.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
