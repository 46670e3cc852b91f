import { sql } from "drizzle-orm";
import type { Db } from "../client-core";

/** Resolves when the database answers a trivial query; rejects otherwise. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
