// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded cluster.
import { createDb } from "../client-core";
import { acquireDatabase } from "../local";
import { migrate } from "../migrate";

const local = await acquireDatabase((message) => console.error(message));
const db = createDb(local.url, { max: 2 });
try {
  await migrate(db);
  console.log("Migrations applied.");
} finally {
  await db.$client.end();
  await local.release();
}
