// `npm run db:backup -- FILE` and `npm run db:restore -- FILE`: on DATABASE_URL or the embedded database.
import { backupDatabase, restoreDatabase } from "../backup";
import { createDb } from "../client-core";
import { acquireDatabase } from "../local";
import { migrate } from "../migrate";

const [command, file, ...rest] = process.argv.slice(2);
if ((command !== "backup" && command !== "restore") || !file || rest.length > 0) {
  console.error("Usage: npm run db:backup -- FILE | npm run db:restore -- FILE");
  process.exit(2);
}

const local = await acquireDatabase((message) => console.error(message));
const db = createDb(local.url, { max: 2 });
try {
  if (command === "backup") {
    const { tables } = await backupDatabase(db, file);
    console.log(`Backed up ${tables.reduce((n, t) => n + t.rows, 0)} rows of ${tables.length} tables to ${file}.`);
  } else {
    await migrate(db);
    const { tables } = await restoreDatabase(db, file);
    console.log(`Restored ${tables.reduce((n, t) => n + t.rows, 0)} rows of ${tables.length} tables from ${file}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.$client.end();
  await local.release();
}
