import { editableStatuses, type PracticeSnapshot } from "@gp/db/curation";
import { awardDistinctions } from "@gp/db/domain";
import { z } from "zod";
import { languages } from "./labels";

const optionalYear = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}$/.test(v), `${label} must be a year, like 2021.`)
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || (v >= 1900 && v <= 2200), `${label} must be between 1900 and 2200.`);

/** Text as it is stored: LF line breaks, no surrounding whitespace. */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

const id = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number);

/** The fields of the practice form (edit and new award entry), as submitted. */
export const practiceFields = z
  .object({
    title: z.string().trim().max(300, "The title can have at most 300 characters."),
    // Browsers send textarea line breaks as CRLF; stored text uses LF.
    summary: z
      .string()
      .transform(normaliseText)
      .pipe(
        z
          .string()
          .min(1, "The summary cannot be empty.")
          .max(20_000, "The summary can have at most 20,000 characters."),
      ),
    institutionId: id("Choose an institution."),
    implementationYear: optionalYear("The implementation year"),
    awardYear: optionalYear("The award year"),
    awardDistinction: z
      .union([z.literal(""), z.enum(awardDistinctions)], "Choose one of the listed distinctions.")
      .transform((v) => (v === "" ? null : v)),
    language: z
      .union(
        [z.literal(""), z.enum(languages.map((l) => l.code) as [string, ...string[]])],
        "Choose one of the listed languages.",
      )
      .transform((v) => (v === "" ? null : v)),
    topics: z.array(id("A chosen topic is not valid.")).max(50, "Choose at most 50 topics."),
    status: z.enum(editableStatuses, "Choose published, draft or withdrawn."),
  })
  .superRefine((value, ctx) => {
    if (value.awardDistinction && value.awardYear === null) {
      ctx.addIssue({ code: "custom", path: ["awardYear"], message: "An award distinction needs its award year." });
    }
  });

/** The form's fields as the schema expects them: single values as strings, topics as a list. */
export function practiceInput(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    summary: text("summary"),
    institutionId: text("institutionId"),
    implementationYear: text("implementationYear"),
    awardYear: text("awardYear"),
    awardDistinction: text("awardDistinction"),
    language: text("language"),
    topics: formData.getAll("topics").filter((v): v is string => typeof v === "string"),
    status: text("status"),
  };
}

export type PracticeFields = z.output<typeof practiceFields>;

/** The form's values as a snapshot (empty title = none). */
export function toSnapshot(
  fields: PracticeFields,
): Omit<PracticeSnapshot, "status"> & { status: PracticeFields["status"] } {
  return {
    ...fields,
    title: fields.title === "" ? null : fields.title,
    topics: [...new Set(fields.topics)].sort((a, b) => a - b),
  };
}
