import { getReadDb } from "@gp/db/client";

/** Public pages only read: through the replica when DATABASE_READ_URL is set. */
export const readDb = getReadDb;
