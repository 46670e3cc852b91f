"use server";

import { getDb } from "@gp/db/client";
import { createAwardEntry, CurationError } from "@gp/db/curation";
import { fingerprint } from "@gp/ingest";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/guard";
import { failed, fieldErrors, formValues, type FormState } from "@/lib/form-state";
import { practiceFields, practiceInput, toSnapshot } from "@/lib/practice-form";

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

/**
 * Creates a new award entry, validated like an edit (plus a title, and the institution picked or
 * created with its country). On success, opens the new practice.
 */
export const createEntry = formAction("editor", async (actor, formData): Promise<FormState> => {
  const mode = formData.get("institutionMode") === "new" ? "new" : "existing";
  const input = practiceInput(formData);
  // With a new institution, the select's value is not used: validate a placeholder instead.
  const parsed = practiceFields.safeParse(mode === "new" ? { ...input, institutionId: "1" } : input);
  const created = mode === "new" ? newInstitution.safeParse(Object.fromEntries(formData)) : null;
  const errors = {
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
    ...(created && !created.success ? fieldErrors(created.error) : {}),
  };
  const title = String(formData.get("title") ?? "").trim();
  if (!title) errors.title = ["A new entry needs a title."];
  if (parsed.success && parsed.data.status === "withdrawn")
    errors.status = ["A new entry is saved as a draft or published."];
  if (!parsed.success || (created && !created.success) || Object.keys(errors).length) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      errors,
      values: formValues(formData),
      submission: Date.now(),
    };
  }

  const fields = toSnapshot(parsed.data);
  let practice: { id: number; slug: string };
  try {
    practice = await createAwardEntry(getDb(), {
      entry: {
        ...fields,
        title,
        status: fields.status === "published" ? "published" : "draft",
        institution: created?.success
          ? {
              name: created.data.newInstitutionName,
              acronym: created.data.newInstitutionAcronym || null,
              countryId: created.data.newInstitutionCountry,
            }
          : { id: fields.institutionId },
      },
      actorId: actor.id,
      fingerprint: ({ name, countryCode }) =>
        fingerprint({
          institution: name,
          countryCode,
          implementationYear: fields.implementationYear,
          awardYear: fields.awardYear,
          summary: fields.summary,
        }),
    });
  } catch (error) {
    if (error instanceof CurationError) return failed(error.message, formData);
    throw error;
  }
  revalidatePath("/practices");
  redirect(`/practices/${practice.id}?created=1`);
});
