import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

type Schema = typeof schema;

/** A database handle: the pool, or a transaction. Every query function takes one. */
export type Db = PgDatabase<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PostgresJsQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** The pool itself, with `$client` to end it. */
export type Database = PostgresJsDatabase<Schema> & { $client: postgres.Sql };

export interface CreateDbOptions {
  /** Pool size; default 10. */
  max?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /**
   * Longest a statement may run on these connections, in ms (PostgreSQL's statement_timeout;
   * default: no limit). Request-serving pools set one so no request holds a connection for ever.
   */
  statementTimeoutMs?: number;
}

/** Opens a pool on a PostgreSQL URL. End it with `db.$client.end()`. */
export function createDb(url: string, options: CreateDbOptions = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? "good-practices",
      ...(options.statementTimeoutMs !== undefined && { statement_timeout: options.statementTimeoutMs }),
    },
  });
  return drizzle({ client, schema });
}
