"use server";

import { getDb } from "@gp/db/client";
import { CurationError, resolveConflict } from "@gp/db/curation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/guard";
import { failed, succeeded, type FormState } from "@/lib/form-state";

/** Closes an import conflict, keeping the curated value or taking the imported one. */
export const resolveConflictAction = formAction("editor", async (actor, formData): Promise<FormState> => {
  const parsed = z
    .object({ id: z.coerce.number().int().positive(), take: z.enum(["keep", "imported"]) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failed("This request is not valid; reload the page.");
  try {
    await resolveConflict(getDb(), { ...parsed.data, actorId: actor.id });
  } catch (error) {
    if (error instanceof CurationError) return failed(error.message);
    throw error;
  }
  revalidatePath("/conflicts");
  revalidatePath("/");
  return succeeded(parsed.data.take === "keep" ? "Kept the curated value." : "Took the imported value.");
});
