import { z } from "zod";

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const optionalId = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

/** Filters of the practices list from the query string; anything malformed is ignored, never an error. */
export function practiceFilters(params: SearchParams) {
  const schema = z.object({
    q: z.string().trim().max(200).optional().catch(undefined),
    topic: optionalId,
    // A combobox's text (a country's name) or an id, resolved by the page against its options.
    country: z.string().trim().max(200).optional().catch(undefined),
    status: z.enum(["published", "draft", "withdrawn", "merged"]).optional().catch(undefined),
    year: z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number)
      .optional()
      .catch(undefined),
    queue: z.enum(["untitled", "untagged"]).optional().catch(undefined),
  });
  return schema.parse(
    Object.fromEntries(
      ["q", "topic", "country", "status", "year", "queue"].map((k) => [k, first(params[k]) || undefined]),
    ),
  );
}

/** Filters of the audit log. Dates are days (UTC); "to" includes its day. */
export function auditFilters(params: SearchParams) {
  const day = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    .optional()
    .catch(undefined);
  const schema = z.object({
    user: optionalId,
    action: z
      .string()
      .regex(/^[a-z_]+\.[a-z_]+$/)
      .optional()
      .catch(undefined),
    from: day,
    to: day,
  });
  const parsed = schema.parse(
    Object.fromEntries(["user", "action", "from", "to"].map((k) => [k, first(params[k]) || undefined])),
  );
  return {
    ...parsed,
    fromDate: parsed.from ? new Date(`${parsed.from}T00:00:00Z`) : undefined,
    toDate: parsed.to ? new Date(Date.parse(`${parsed.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}
