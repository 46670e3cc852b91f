export { createDb, type Db, type Database, type Transaction } from "./client-core";
export { isEmpty, migrate } from "./migrate";
export * as schema from "./schema";
export { isStatementTimeout, postgresError, raiseStatementTimeout } from "./statement-timeout";
