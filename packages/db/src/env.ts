import { z } from "zod";

const schema = z.object({
  /** Any PostgreSQL >= 15. Without it, `npm start` runs the embedded server. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** A read replica for the public app; writes always go to DATABASE_URL. */
  DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Where the embedded default keeps its state; default .data/ in the repository. */
  DATA_DIR: z.string().min(1).optional(),
  /** Connections per app instance. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** The database settings, read once from the environment and validated. */
export const env = schema.parse(process.env);
