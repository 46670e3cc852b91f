import { z } from "zod";

/** The queue's filters in the URL: an institution (id), and for the bulk dismissal a score in percent. */
export const queueFilter = z.object({
  institution: z.coerce.number().int().positive().optional().catch(undefined),
});

/** "Dismiss every pair below N%": a whole percentage from 1 to 100. */
export const belowPercent = z.coerce
  .number({ error: "Give a similarity in percent." })
  .int("Give a whole percentage.")
  .min(1, "Give a similarity from 1 to 100%.")
  .max(100, "Give a similarity from 1 to 100%.");

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readQueueFilter(params: Record<string, string | string[] | undefined>): { institutionId?: number } {
  const parsed = queueFilter.parse({ institution: first(params.institution) ?? undefined });
  return parsed.institution === undefined ? {} : { institutionId: parsed.institution };
}
