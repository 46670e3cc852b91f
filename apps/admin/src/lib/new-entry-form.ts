import { publishNeedsTopic } from "@gp/db/curation";
import { z } from "zod";
import { practiceFields, practiceInput, toSnapshot } from "./practice-form";

const newInstitution = z.object({
  newInstitutionName: z
    .string()
    .trim()
    .min(2, "Give the institution's name.")
    .max(300, "The name can have at most 300 characters."),
  newInstitutionAcronym: z.string().trim().max(30, "The acronym can have at most 30 characters."),
  newInstitutionCountry: z
    .string()
    .regex(/^\d{1,9}$/, "Choose the institution's country.")
    .transform(Number),
});

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The new-entry form's raw input: the practice fields, plus the title, and how the institution is given. */
export function newEntryInput(formData: FormData) {
  return {
    mode: formData.get("institutionMode") === "new" ? "new" : "existing",
    practice: practiceInput(formData),
    institution: {
      newInstitutionName: text(formData, "newInstitutionName"),
      newInstitutionAcronym: text(formData, "newInstitutionAcronym"),
      newInstitutionCountry: text(formData, "newInstitutionCountry"),
    },
  };
}

/**
 * A new award entry, validated like an edit plus a title, and the institution picked or created
 * with its country. Every field's problem is reported at once, under the field's own name.
 */
export const newEntryFields = z
  .object({
    mode: z.enum(["existing", "new"]),
    practice: z.record(z.string(), z.unknown()),
    institution: z.record(z.string(), z.unknown()),
  })
  .transform((raw, ctx) => {
    // With a new institution, the select's value is not used: validate a placeholder instead.
    const practice = practiceFields.safeParse(
      raw.mode === "new" ? { ...raw.practice, institutionId: "1" } : raw.practice,
    );
    const created = raw.mode === "new" ? newInstitution.safeParse(raw.institution) : null;
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    for (const problem of [...(practice.error?.issues ?? []), ...(created?.error?.issues ?? [])])
      issue(String(problem.path[0] ?? "form"), problem.message);
    const title = String(raw.practice.title ?? "").trim();
    if (!title) issue("title", "A new entry needs a title.");
    if (practice.data?.status === "withdrawn") issue("status", "A new entry is saved as a draft or published.");
    const untagged = practice.data?.status === "published" && practice.data.topics.length === 0;
    if (untagged) issue("topics", publishNeedsTopic);
    if (
      !practice.success ||
      (created && !created.success) ||
      !title ||
      untagged ||
      practice.data.status === "withdrawn"
    )
      return z.NEVER;
    const fields = toSnapshot(practice.data);
    return {
      ...fields,
      title,
      status: fields.status === "published" ? ("published" as const) : ("draft" as const),
      institution: created?.success
        ? {
            name: created.data.newInstitutionName,
            acronym: created.data.newInstitutionAcronym || null,
            countryId: created.data.newInstitutionCountry,
          }
        : { id: fields.institutionId },
    };
  });

export type NewEntry = z.output<typeof newEntryFields>;
